import { EventPublisher } from '@baeum/messaging';
import { specUser, useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { FinanceEnv } from '../../../config/env';
import { financeDatabase } from '../../../database/settings';
import { BudgetLine } from '../../entities/budget-line.entity';
import { AddBudgetLineUseCase } from '../add-budget-line/add-budget-line.usecase';
import { OpenFiscalYearUseCase } from '../open-fiscal-year/open-fiscal-year.usecase';
import { ConfigureLineUseCase } from './configure-line.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
const db = useSpecDatabase(financeDatabase(new FinanceEnv()));
const useCase = (): ConfigureLineUseCase => new ConfigureLineUseCase(db.dataSource);

const publisher = new EventPublisher({ service: 'finance', schema: 'finance', serialiseWriters: false });
const YEAR = 2031;
const actor = { userId: null, name: 'spec' };

/** A tenant with the year's book open and one expenditure line, TRAINING. */
async function withLine(): Promise<string> {
  const tenantId = randomUUID();
  await new OpenFiscalYearUseCase(db.dataSource, publisher).execute(tenantId, actor, { fiscalYear: YEAR });
  await new AddBudgetLineUseCase(db.dataSource, publisher).execute(tenantId, actor, YEAR, {
    kind: 'expenditure',
    code: 'TRAINING',
    nameKo: '교육운영',
    nameEn: 'Training',
    amount: 1_000_000,
    reason: '당초',
  });
  return tenantId;
}
const lineOf = (tenantId: string) => db.dataSource.manager.findOneByOrFail(BudgetLine, { tenantId, fiscalYear: YEAR, code: 'TRAINING' });

describe('ConfigureLineUseCase', () => {
  it('sets the control and the officer, keeping what is left out', async () => {
    const tenantId = await withLine();
    const officer = randomUUID();
    await useCase().execute(tenantId, YEAR, 'TRAINING', { control: 'warn', officerUserId: officer });
    await useCase().execute(tenantId, YEAR, 'TRAINING', { control: 'stop' });
    expect(await lineOf(tenantId)).toMatchObject({ control: 'stop', officerUserId: officer });
    await useCase().execute(tenantId, YEAR, 'TRAINING', { officerUserId: null });
    expect(await lineOf(tenantId)).toMatchObject({ control: 'stop', officerUserId: null });
  });

  it('answers 404 for a line the tenant does not have', async () => {
    const tenantId = await withLine();
    await expect(useCase().execute(randomUUID(), YEAR, 'TRAINING', { control: 'ignore' })).rejects.toMatchObject({
      status: 404,
      response: { code: 'BUDGET_LINE.NOT_FOUND' },
    });
    await expect(useCase().execute(tenantId, YEAR, 'NOPE', { control: 'ignore' })).rejects.toMatchObject({ status: 404 });
  });
});
