import type { CohortCommitmentTotalView } from '@baeum/api';
import type { EventEnvelope } from '@baeum/contracts';
import type { EntityManager } from 'typeorm';
import { BudgetLine } from '../budget-book/entities/budget-line.entity';
import type { Entry } from './entities/entry.entity';

/** Amount committed for each cohort's estimated cost; a cohort finance has not seen yet is absent. */
export async function commitmentsByCohort(m: EntityManager, tenantId: string, cohortIds: string[]): Promise<CohortCommitmentTotalView[]> {
  const rows: { cohort_id: string; amount: string; count: number }[] = await m.query(
    `SELECT cohort_id, sum(committed)::text AS amount, count(*) FILTER (WHERE status = 'booked')::int AS count
       FROM finance.commitment WHERE tenant_id = $1 AND cause = 'cohort' AND cohort_id = ANY($2::uuid[]) GROUP BY cohort_id`,
    [tenantId, cohortIds],
  );
  return rows.map((r) => ({ cohortId: r.cohort_id, amount: r.amount, commitments: r.count }));
}

/** Locks the tenant's lines of these ids in id order (so two transactions never wait for each other in a circle). */
export const lockBudgetLines = (tx: EntityManager, tenantId: string, ids: string[]): Promise<BudgetLine[]> =>
  tx
    .getRepository(BudgetLine)
    .createQueryBuilder('line')
    .setLock('pessimistic_write')
    .where('line.tenant_id = :tenantId AND line.id IN (:...ids)', { tenantId, ids })
    .orderBy('line.id')
    .getMany();

/** Keeps the event behind entries, once, for the line's detail. */
export async function rememberEvent(tx: EntityManager, event: EventEnvelope): Promise<void> {
  await tx.query(
    `INSERT INTO finance.source_event (event_id, tenant_id, type, version, source, occurred_at, correlation_id, payload) ` +
      `VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
    [
      event.id,
      event.tenantId,
      event.type,
      event.version,
      event.source,
      event.occurredAt,
      event.correlationId,
      JSON.stringify(event.payload),
    ],
  );
}

/**
 * Writes an entry and the running totals it moves in one statement (one round trip on the hot path):
 * the line's new total of the entry's measure and, when the entry moves a commitment, the commitment's.
 */
export async function writeEntry(tx: EntityManager, entry: Entry, lineTotal: bigint, commitmentTotal: bigint | null): Promise<void> {
  const { measure } = entry;
  const insertEntry = `INSERT INTO finance.entry (id, tenant_id, budget_line_id, commitment_id, kind, measure, amount, booked_on,
                         recorded_at, recorded_by, recorded_by_name,
                         reason, source_event_id, source_event_type, reverses_entry_id, cause_id, exceeds_budget)
                       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`;
  const updateLine = `UPDATE finance.budget_line SET "${measure}" = $18 WHERE id = $3`;
  await tx.query(
    commitmentTotal !== null
      ? `WITH entry AS (${insertEntry}), line AS (${updateLine}) UPDATE finance.commitment SET "${measure}" = $19 WHERE id = $4`
      : `WITH entry AS (${insertEntry}) ${updateLine}`,
    [
      entry.id,
      entry.tenantId,
      entry.budgetLineId,
      entry.commitmentId,
      entry.kind,
      measure,
      entry.amount.toString(),
      entry.bookedOn,
      entry.recordedAt,
      entry.recordedBy,
      entry.recordedByName,
      entry.reason,
      entry.sourceEventId,
      entry.sourceEventType,
      entry.reversesEntryId,
      entry.causeId,
      entry.exceedsBudget,
      lineTotal.toString(),
      ...(commitmentTotal !== null ? [commitmentTotal.toString()] : []),
    ],
  );
}

/** Revenue collected for a cause (an application's fee), net of refunds, in won. */
export async function collectedFor(tx: EntityManager, tenantId: string, causeId: string): Promise<bigint> {
  const [{ net }] = await tx.query(
    `SELECT coalesce(sum(amount), 0)::text AS net FROM finance.entry WHERE tenant_id = $1 AND cause_id = $2 AND measure = 'collected'`,
    [tenantId, causeId],
  );
  return BigInt(net);
}
