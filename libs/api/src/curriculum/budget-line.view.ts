import { PickType } from '@nestjs/swagger';
import { ChargeableBudgetLineView } from '../finance/budget-book.view';

/**
 * A budget line a cohort may be charged to, from curriculum's replica of finance's lines: the
 * lines curriculum checks a cohort against when it schedules or changes one (without finance's amounts).
 */
export class CohortBudgetLineView extends PickType(ChargeableBudgetLineView, ['code', 'nameKo', 'nameEn', 'fiscalYear'] as const) {}
