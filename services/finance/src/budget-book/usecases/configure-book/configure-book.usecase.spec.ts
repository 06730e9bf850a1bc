import { EventPublisher } from '@baeum/messaging';
import { specUser, useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { FinanceEnv } from '../../../config/env';
import { financeDatabase } from '../../../database/settings';
import { FiscalYear } from '../../entities/fiscal-year.entity';
import { AddBudgetLineUseCase } from '../add-budget-line/add-budget-line.usecase';
import { OpenFiscalYearUseCase } from '../open-fiscal-year/open-fiscal-year.usecase';
import { ConfigureBookUseCase } from './configure-book.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
const db = useSpecDatabase(financeDatabase(new FinanceEnv()));
const useCase = (): ConfigureBookUseCase => new ConfigureBookUseCase(db.dataSource);

const publisher = new EventPublisher({ service: 'finance', schema: 'finance', serialiseWriters: false });
const YEAR = 2031;
const actor = { userId: null, name: 'spec' };

/** A tenant with the year's book open: one expenditure line (MEALS) and one revenue line (FEES). */
async function openBook(): Promise<string> {
  const tenantId = randomUUID();
  await new OpenFiscalYearUseCase(db.dataSource, publisher).execute(tenantId, actor, { fiscalYear: YEAR });
  const add = new AddBudgetLineUseCase(db.dataSource, publisher);
  await add.execute(tenantId, actor, YEAR, {
    kind: 'expenditure',
    code: 'MEALS',
    nameKo: '급식비',
    nameEn: 'Meals',
    amount: 1_000_000,
    reason: '당초',
  });
  await add.execute(tenantId, actor, YEAR, {
    kind: 'revenue',
    code: 'FEES',
    nameKo: '응시료',
    nameEn: 'Exam fees',
    amount: 500_000,
    reason: '당초',
  });
  return tenantId;
}
const bookOf = (tenantId: string) => db.dataSource.manager.findOneByOrFail(FiscalYear, { tenantId, fiscalYear: YEAR });

describe('ConfigureBookUseCase', () => {
  it('sets the lines meals and fees go to and a trainee-day’s meal cost', async () => {
    const tenantId = await openBook();
    await useCase().execute(tenantId, YEAR, { mealLineCode: 'MEALS', mealCostPerDay: 8_000, feeRevenueLineCode: 'FEES' });
    expect(await bookOf(tenantId)).toMatchObject({ mealLineCode: 'MEALS', mealCostPerDay: 8_000n, feeRevenueLineCode: 'FEES' });
  });

  it('keeps what is left out and clears what is null', async () => {
    const tenantId = await openBook();
    await useCase().execute(tenantId, YEAR, { mealLineCode: 'MEALS', mealCostPerDay: 8_000 });
    await useCase().execute(tenantId, YEAR, { mealCostPerDay: null });
    expect(await bookOf(tenantId)).toMatchObject({ mealLineCode: 'MEALS', mealCostPerDay: null });
  });

  it('refuses a line of the wrong kind, naming the field, and changes nothing', async () => {
    const tenantId = await openBook();
    await expect(useCase().execute(tenantId, YEAR, { mealCostPerDay: 9_000, feeRevenueLineCode: 'MEALS' })).rejects.toMatchObject({
      status: 400,
      response: { errors: [expect.objectContaining({ field: 'feeRevenueLineCode', code: 'BUDGET_LINE.WRONG_KIND' })] },
    });
    expect(await bookOf(tenantId)).toMatchObject({ mealCostPerDay: null, feeRevenueLineCode: null });
  });

  it('answers 404 for a year without a book (or another tenant’s)', async () => {
    await openBook();
    await expect(useCase().execute(randomUUID(), YEAR, { mealCostPerDay: 1 })).rejects.toMatchObject({
      status: 404,
      response: { code: 'BUDGET_BOOK.NOT_FOUND' },
    });
  });
});
