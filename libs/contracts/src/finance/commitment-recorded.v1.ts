import { defineEvent } from '../schema';

/** A commitment (원인행위) was booked against a budget line. */
export interface CommitmentRecordedV1 {
  commitmentId: string;
  budgetLineCode: string;
  fiscalYear: number;
  amount: string;
  /** The event that caused it, when it was booked from one. */
  sourceEventId?: string;
  sourceEventType?: string;
}

export const CommitmentRecordedV1 = defineEvent<CommitmentRecordedV1>({
  type: 'finance.commitment.recorded',
  version: 1,
  topic: 'finance.commitment',
  keyOf: (p) => p.commitmentId,
  fields: {
    commitmentId: { kind: 'uuid' },
    budgetLineCode: { kind: 'string' },
    fiscalYear: { kind: 'int', min: 2000, max: 2100 },
    amount: { kind: 'won' },
    sourceEventId: { kind: 'uuid', optional: true },
    sourceEventType: { kind: 'string', optional: true },
  },
});
