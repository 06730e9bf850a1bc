import type { CommitmentView } from '@baeum/api';
import type { BudgetLine } from '../budget-book/entities/budget-line.entity';
import type { Commitment } from './entities/commitment.entity';

export type { CommitmentView };

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
