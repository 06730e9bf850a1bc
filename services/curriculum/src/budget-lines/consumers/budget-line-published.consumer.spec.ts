import { BudgetLinePublishedV1, EventEnvelope } from '@baeum/contracts';
import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { CurriculumEnv } from '../../config/env';
import { curriculumDatabase } from '../../database/settings';
import { BudgetLine } from '../budget-line.entity';
import { BudgetLineQueries } from '../budget-lines.queries';
import { BudgetLinePublishedConsumer } from './budget-line-published.consumer';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const consumer = new BudgetLinePublishedConsumer();

const event = (tenantId: string, payload: BudgetLinePublishedV1, occurredAt: string): EventEnvelope<BudgetLinePublishedV1> => ({
  id: randomUUID(),
  type: BudgetLinePublishedV1.type,
  version: BudgetLinePublishedV1.version,
  occurredAt,
  tenantId,
  source: 'finance',
  correlationId: randomUUID(),
  causationId: null,
  payload,
});
const handle = (e: EventEnvelope<BudgetLinePublishedV1>) => db.dataSource.transaction((tx) => consumer.handle(e, tx));
const line = (extra: Partial<BudgetLinePublishedV1> = {}): BudgetLinePublishedV1 => ({
  budgetLineId: randomUUID(),
  fiscalYear: 2027,
  code: 'NEWCOMER',
  nameKo: '신임자과정 운영',
  nameEn: 'Newcomer course operation',
  chargeable: true,
  ...extra,
});

describe('BudgetLinePublishedConsumer', () => {
  it('keeps the line, and the chargeable ones are what the cohort form offers', async () => {
    const tenantId = randomUUID();
    await handle(event(tenantId, line(), '2026-12-01T00:00:00.000Z'));
    await handle(event(tenantId, line({ code: 'REVENUE', chargeable: false }), '2026-12-01T00:00:00.000Z'));
    await handle(event(randomUUID(), line({ code: 'ELSEWHERE' }), '2026-12-01T00:00:00.000Z'));
    expect(await new BudgetLineQueries(db.dataSource).chargeableLines(tenantId, 2027)).toEqual([
      { code: 'NEWCOMER', nameKo: '신임자과정 운영', nameEn: 'Newcomer course operation', fiscalYear: 2027 },
    ]);
  });

  it('keeps the newest publication: a redelivered or older one changes nothing', async () => {
    const tenantId = randomUUID();
    const first = line();
    await handle(event(tenantId, first, '2026-12-01T00:00:00.000Z'));
    await handle(event(tenantId, { ...first, chargeable: false }, '2026-12-03T00:00:00.000Z'));
    await handle(event(tenantId, first, '2026-12-02T00:00:00.000Z'));
    await handle(event(tenantId, { ...first, chargeable: false }, '2026-12-03T00:00:00.000Z'));
    const rows = await db.dataSource.getRepository(BudgetLine).findBy({ tenantId });
    expect(rows).toEqual([
      expect.objectContaining({ id: first.budgetLineId, chargeable: false, publishedAt: new Date('2026-12-03T00:00:00.000Z') }),
    ]);
  });

  it('does not let another tenant’s event take over a line', async () => {
    const tenantId = randomUUID();
    const first = line();
    await handle(event(tenantId, first, '2026-12-01T00:00:00.000Z'));
    await handle(event(randomUUID(), { ...first, code: 'TAKEN' }, '2026-12-02T00:00:00.000Z'));
    expect(await db.dataSource.getRepository(BudgetLine).findOneByOrFail({ id: first.budgetLineId })).toMatchObject({
      tenantId,
      code: 'NEWCOMER',
    });
  });
});
