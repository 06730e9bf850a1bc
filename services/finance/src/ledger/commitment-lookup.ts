import { EntityManager } from 'typeorm';
import { BudgetLine } from '../budget-book/entities/budget-line.entity';
import { notBeforeYear, seoulDate } from '@baeum/calendar';
import { Commitment } from './entities/commitment.entity';
import { Ledger } from './ledger';
import { commitmentNotFound } from '../shared/errors';

/** A commitment of the caller's tenant with its line locked for the rest of the transaction. */
export async function lockCommitment(
  tx: EntityManager,
  ledger: Ledger,
  tenantId: string,
  id: string,
): Promise<{ commitment: Commitment; line: BudgetLine }> {
  const found = await tx.findOne(Commitment, { where: { id, tenantId } });
  if (!found) throw commitmentNotFound();
  const line = (await ledger.lockLines(tx, tenantId, [found.budgetLineId])).get(found.budgetLineId)!;
  // Read again under the line's lock: its totals may have moved while we waited.
  const commitment = (await tx.findOne(Commitment, { where: { id, tenantId } }))!;
  return { commitment, line };
}

/** The day a correction or release counts from: the given day, or today, never before the line's year. */
export const bookingDay = (line: BudgetLine, bookedOn?: string): string => notBeforeYear(bookedOn ?? seoulDate(), line.fiscalYear);
