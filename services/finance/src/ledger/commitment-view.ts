import type { BudgetLine } from '../budget-book/entities/budget-line.entity';
import type { Commitment } from './entities/commitment.entity';

export interface CommitmentView {
  id: string;
  budgetLineCode: string;
  fiscalYear: number;
  cause: string;
  causeId: string | null;
  status: string;
  amount: string;
  committed: string;
  paid: string;
  description: string;
  recordedAt: string;
  recordedByName: string;
  sourceEventType: string | null;
  /** The line is now past its current budget amount (a warn or ignore line). */
  lineExceeded: boolean;
}

export const toCommitmentView = (c: Commitment, line: BudgetLine): CommitmentView => ({
  id: c.id,
  budgetLineCode: line.code,
  fiscalYear: line.fiscalYear,
  cause: c.cause,
  causeId: c.causeId,
  status: c.status,
  amount: c.amount.toString(),
  committed: c.committed.toString(),
  paid: c.paid.toString(),
  description: c.description,
  recordedAt: c.recordedAt.toISOString(),
  recordedByName: c.recordedByName,
  sourceEventType: c.sourceEventType,
  lineExceeded: line.committed > line.amount,
});
