import { defineEvent } from '../schema';

/**
 * A budget line as finance has it now, published when the line is created (added to a book,
 * carried into a new year's book, seeded) and whenever what others may know of it changes. Lines
 * are never removed and books never closed today; a withdrawn line would be published again with
 * `chargeable: false`. Consumers keep the newest by `occurredAt`.
 */
export interface BudgetLinePublishedV1 {
  budgetLineId: string;
  fiscalYear: number;
  code: string;
  nameKo: string;
  nameEn: string;
  /** Whether a cohort or a sitting may be charged to it: an expenditure line (finance's `/budget-lines` list). */
  chargeable: boolean;
}

export const BudgetLinePublishedV1 = defineEvent<BudgetLinePublishedV1>({
  type: 'finance.budget_line.published',
  version: 1,
  topic: 'finance.budget-line',
  keyOf: (p) => p.budgetLineId,
  fields: {
    budgetLineId: { kind: 'uuid' },
    fiscalYear: { kind: 'int', min: 2000, max: 2100 },
    code: { kind: 'string' },
    nameKo: { kind: 'string' },
    nameEn: { kind: 'string' },
    chargeable: { kind: 'boolean' },
  },
});
