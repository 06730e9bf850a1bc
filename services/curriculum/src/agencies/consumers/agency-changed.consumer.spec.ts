import { AgencyChangedV1, EventEnvelope } from '@baeum/contracts';
import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { CurriculumEnv } from '../../config/env';
import { curriculumDatabase } from '../../database/settings';
import { inactiveAgencies } from '../agencies.queries';
import { AgencyChangedConsumer } from './agency-changed.consumer';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const consumer = new AgencyChangedConsumer();

const handle = (tenantId: string, code: string, active: boolean, changedAt: string) => {
  const event: EventEnvelope<AgencyChangedV1> = {
    id: randomUUID(),
    type: AgencyChangedV1.type,
    version: AgencyChangedV1.version,
    occurredAt: changedAt,
    tenantId,
    source: 'enrollment',
    correlationId: randomUUID(),
    causationId: null,
    payload: { code, nameKo: '마포구청', active, changedAt },
  };
  return db.dataSource.transaction((tx) => consumer.handle(event, tx));
};
const inactive = async (tenantId: string) => [...(await inactiveAgencies(db.dataSource.manager, tenantId, ['MAPO-GU', 'JUNG-GU']))];

describe('AgencyChangedConsumer', () => {
  it('keeps which agencies are deactivated; an agency never heard of counts as active', async () => {
    const tenantId = randomUUID();
    expect(await inactive(tenantId)).toEqual([]);
    await handle(tenantId, 'MAPO-GU', false, '2027-03-01T00:00:00.000Z');
    expect(await inactive(tenantId)).toEqual(['MAPO-GU']);
    await handle(tenantId, 'MAPO-GU', true, '2027-03-02T00:00:00.000Z');
    expect(await inactive(tenantId)).toEqual([]);
  });

  it('lets no older event overwrite a newer one', async () => {
    const tenantId = randomUUID();
    await handle(tenantId, 'MAPO-GU', false, '2027-03-02T00:00:00.000Z');
    await handle(tenantId, 'MAPO-GU', true, '2027-03-01T00:00:00.000Z');
    expect(await inactive(tenantId)).toEqual(['MAPO-GU']);
  });

  it('keeps one tenant’s agencies apart from another’s', async () => {
    const tenantId = randomUUID();
    await handle(randomUUID(), 'MAPO-GU', false, '2027-03-01T00:00:00.000Z');
    expect(await inactive(tenantId)).toEqual([]);
  });
});
