import { defineEvent } from '../schema';

/**
 * A commitment an event asked for waits: its stop line has no room for it. The line's officer is
 * told (every finance officer of the tenant when the line names none), to amend the budget or release.
 */
export interface CommitmentHeldV1 {
  budgetLineId: string;
  budgetLineCode: string;
  fiscalYear: number;
  commitmentId: string;
  amount: string;
  currentBudget: string;
  committed: string;
  officerUserId?: string;
}

export const CommitmentHeldV1 = defineEvent<CommitmentHeldV1>({
  type: 'finance.commitment.held',
  version: 1,
  topic: 'finance.budget-line',
  keyOf: (p) => p.budgetLineId,
  fields: {
    budgetLineId: { kind: 'uuid' },
    budgetLineCode: { kind: 'string' },
    fiscalYear: { kind: 'int', min: 2000, max: 2100 },
    commitmentId: { kind: 'uuid' },
    amount: { kind: 'won', min: 1 },
    currentBudget: { kind: 'won', min: 0 },
    committed: { kind: 'won' },
    officerUserId: { kind: 'uuid', optional: true },
  },
});
