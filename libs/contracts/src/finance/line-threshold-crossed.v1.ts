import { defineEvent } from '../schema';

/** A budget line's execution crossed a threshold (for instance 50%, 80%, 100%): its officer is told. */
export interface LineThresholdCrossedV1 {
  budgetLineId: string;
  budgetLineCode: string;
  fiscalYear: number;
  thresholdPercent: number;
  currentBudget: string;
  executed: string;
  /** The line's officer, when it has one; otherwise every finance officer of the tenant is meant. */
  officerUserId?: string;
}

export const LineThresholdCrossedV1 = defineEvent<LineThresholdCrossedV1>({
  type: 'finance.line.threshold_crossed',
  version: 1,
  topic: 'finance.budget-line',
  keyOf: (p) => p.budgetLineId,
  fields: {
    budgetLineId: { kind: 'uuid' },
    budgetLineCode: { kind: 'string' },
    fiscalYear: { kind: 'int', min: 2000, max: 2100 },
    thresholdPercent: { kind: 'int', min: 1, max: 1000 },
    currentBudget: { kind: 'won', min: 0 },
    executed: { kind: 'won' },
    officerUserId: { kind: 'uuid', optional: true },
  },
});
