import { defineEvent } from '../schema';

/** A commitment was released, in whole or in part (a reversing entry; entries are never edited). */
export interface CommitmentReleasedV1 {
  commitmentId: string;
  budgetLineCode: string;
  fiscalYear: number;
  amount: string;
  reason: string;
}

export const CommitmentReleasedV1 = defineEvent<CommitmentReleasedV1>({
  type: 'finance.commitment.released',
  version: 1,
  topic: 'finance.commitment',
  keyOf: (p) => p.commitmentId,
  fields: {
    commitmentId: { kind: 'uuid' },
    budgetLineCode: { kind: 'string' },
    fiscalYear: { kind: 'int', min: 2000, max: 2100 },
    amount: { kind: 'won', min: 0 },
    reason: { kind: 'string' },
  },
});
