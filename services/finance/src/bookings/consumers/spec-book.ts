import { CohortScheduledV1, EventContract, EventEnvelope } from '@baeum/contracts';
import type { EventPublisher } from '@baeum/messaging';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AddBudgetLineUseCase } from '../../budget-book/usecases/add-budget-line/add-budget-line.usecase';
import { ConfigureBookUseCase } from '../../budget-book/usecases/configure-book/configure-book.usecase';
import { OpenFiscalYearUseCase } from '../../budget-book/usecases/open-fiscal-year/open-fiscal-year.usecase';

/** What the consumer specs book in: the 2031 book of a tenant of each test's own, meals at 8,000 won a day. */
export const SPEC_YEAR = 2031;
export const SPEC_MEAL = 8_000n;
const actor = { userId: null, name: 'spec' };

/** Opens the tenant's 2031 book with meal and course lines (and a fee revenue line when asked) and sets it to pay meals. */
export async function openSpecBook(dataSource: DataSource, publisher: EventPublisher, tenantId: string, withFees = false): Promise<void> {
  await new OpenFiscalYearUseCase(dataSource, publisher).execute(tenantId, actor, { fiscalYear: SPEC_YEAR });
  const add = new AddBudgetLineUseCase(dataSource, publisher);
  const lines: [string, 'expenditure' | 'revenue'][] = [
    ['MEALS', 'expenditure'],
    ['NEWCOMER', 'expenditure'],
    ...(withFees ? [['FEES', 'revenue'] as [string, 'revenue']] : []),
  ];
  for (const [code, kind] of lines)
    await add.execute(tenantId, actor, SPEC_YEAR, { kind, code, nameKo: code, nameEn: code, amount: 100_000_000, reason: '당초' });
  await new ConfigureBookUseCase(dataSource).execute(tenantId, SPEC_YEAR, {
    mealLineCode: 'MEALS',
    mealCostPerDay: Number(SPEC_MEAL),
    ...(withFees ? { feeRevenueLineCode: 'FEES' } : {}),
  });
}

/** A cohort of the newcomers' course from Monday 3 to Friday 7 March 2031, charged to its line. */
export const newcomerCohort = (cohortId: string, capacity: number): CohortScheduledV1 => ({
  cohortId,
  courseId: randomUUID(),
  courseCode: 'NEWCOMER',
  courseNameKo: '신규임용자 과정',
  startDate: '2031-03-03',
  endDate: '2031-03-07',
  capacity,
  estimatedCost: '1000000',
  budgetLineCode: 'NEWCOMER',
});

/** An event as another service would have sent it. */
export const specEnvelope = <P>(contract: EventContract<P>, tenantId: string, payload: P, source = 'curriculum'): EventEnvelope<P> => ({
  id: randomUUID(),
  type: contract.type,
  version: contract.version,
  occurredAt: '2031-02-01T00:00:00.000Z',
  tenantId,
  source,
  correlationId: randomUUID(),
  causationId: null,
  payload,
});
