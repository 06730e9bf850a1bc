import { overBudget } from '../shared/errors';
import { NoRoomOnLine } from './ledger';

/** A stop line's refusal as the caller sees it (see `overBudget`); any other error passes unchanged. */
export function refusal(error: unknown, field?: string): unknown {
  if (!(error instanceof NoRoomOnLine)) return error;
  return overBudget(error.line, error.line.amount - error.line.committed, error.amount, field);
}
