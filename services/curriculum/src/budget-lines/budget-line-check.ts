import { fiscalYearOf } from '@baeum/calendar';
import { fieldError, invalidInput } from '@baeum/service-kit';
import { EntityManager } from 'typeorm';
import { BudgetLineQueries } from './budget-lines.queries';

/**
 * Refuses a cohort whose budget line is not a chargeable line of the fiscal year it starts in, as
 * finance last published its lines. The same code, field and sentence the gateway gave when it
 * asked finance, so the page shows it beside the line.
 */
export async function requireChargeableLine(
  tx: EntityManager,
  queries: BudgetLineQueries,
  tenantId: string,
  budgetLineCode: string,
  startDate: string,
): Promise<void> {
  const year = fiscalYearOf(startDate);
  if (await queries.isChargeable(tx, tenantId, year, budgetLineCode)) return;
  throw invalidInput([
    fieldError(
      'budgetLineCode',
      'COHORT.BUDGET_LINE_UNKNOWN',
      { budgetLineCode, fiscalYear: year },
      `${year}년도에 없는 예산 사업입니다 / no such budget line in fiscal year ${year}`,
    ),
  ]);
}
