import { EventEnvelope, InstituteSettingsChangedV1 } from '@baeum/contracts';
import { randomUUID } from 'node:crypto';
import { SpecDatabase, specDatabase } from '../../database/spec-database';
import { holidaysOf } from '../institute-calendar.queries';
import { SettingsChangedConsumer } from './settings-changed.consumer';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
describe('SettingsChangedConsumer', () => {
  let db: SpecDatabase;
  const consumer = new SettingsChangedConsumer();
  beforeAll(async () => {
    db = await specDatabase();
  });
  afterAll(() => db.drop());

  const holidays = (tenantId: string, changedAt: string, ...dates: string[]) => {
    const event: EventEnvelope<InstituteSettingsChangedV1> = {
      id: randomUUID(),
      type: InstituteSettingsChangedV1.type,
      version: InstituteSettingsChangedV1.version,
      occurredAt: changedAt,
      tenantId,
      source: 'curriculum',
      correlationId: randomUUID(),
      causationId: null,
      payload: { tenantId, distancingEnabled: false, holidays: dates.map((date) => ({ date, name: '기관 휴무일' })), changedAt },
    };
    return db.dataSource.transaction((tx) => consumer.handle(event, tx));
  };
  const kept = async (tenantId: string) => [...(await db.dataSource.transaction((tx) => holidaysOf(tx, tenantId)))];

  it('keeps the institute’s holidays, and the next settings replace them whole', async () => {
    const tenantId = randomUUID();
    expect(await kept(tenantId)).toEqual([]);
    await holidays(tenantId, '2031-02-01T00:00:00.000Z', '2031-05-01', '2031-03-05');
    expect(await kept(tenantId)).toEqual(['2031-03-05', '2031-05-01']);
    await holidays(tenantId, '2031-02-02T00:00:00.000Z', '2031-05-01');
    expect(await kept(tenantId)).toEqual(['2031-05-01']);
  });

  it('lets no older event overwrite a newer one, and takes the same one twice as once', async () => {
    const tenantId = randomUUID();
    await holidays(tenantId, '2031-02-05T00:00:00.000Z', '2031-03-04', '2031-03-06');
    await holidays(tenantId, '2031-02-04T00:00:00.000Z');
    await holidays(tenantId, '2031-02-05T00:00:00.000Z', '2031-03-04', '2031-03-06');
    expect(await kept(tenantId)).toEqual(['2031-03-04', '2031-03-06']);
  });

  it('keeps one tenant’s holidays apart from another’s', async () => {
    const [tenantId, other] = [randomUUID(), randomUUID()];
    await holidays(other, '2031-02-01T00:00:00.000Z', '2031-03-05');
    expect(await kept(tenantId)).toEqual([]);
  });
});
