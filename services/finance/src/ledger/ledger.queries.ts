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

/** Keeps the events behind entries, once each, for the line's detail. */
export async function rememberEvents(tx: EntityManager, events: EventEnvelope[]): Promise<void> {
  if (events.length === 0) return;
  await tx.query(
    `INSERT INTO finance.source_event (event_id, tenant_id, type, version, source, occurred_at, correlation_id, payload)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::timestamptz[], $7::text[], $8::jsonb[])
     ON CONFLICT DO NOTHING`,
    [
      events.map((e) => e.id),
      events.map((e) => e.tenantId),
      events.map((e) => e.type),
      events.map((e) => e.version),
      events.map((e) => e.source),
      events.map((e) => e.occurredAt),
      events.map((e) => e.correlationId),
      events.map((e) => JSON.stringify(e.payload)),
    ],
  );
}

/**
 * Writes many entries of one line and the line's new total of their measure in one statement (a
 * consumer batch's revenue). Entries that move commitments go through `writeEntry`, one by one.
 */
export async function writeLineEntries(tx: EntityManager, entries: Entry[], measure: Entry['measure'], lineTotal: bigint): Promise<void> {
  if (entries.length === 0) return;
  const column = <K extends keyof Entry>(key: K) => entries.map((e) => e[key]);
  await tx.query(
    `WITH entry AS (
       INSERT INTO finance.entry (id, tenant_id, budget_line_id, commitment_id, kind, measure, amount, booked_on,
                                  recorded_at, recorded_by, recorded_by_name,
                                  reason, source_event_id, source_event_type, reverses_entry_id, cause_id, exceeds_budget)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::bigint[], $8::date[],
                            $9::timestamptz[], $10::uuid[], $11::text[], $12::text[], $13::uuid[], $14::text[], $15::uuid[],
                            $16::uuid[], $17::boolean[]))
     UPDATE finance.budget_line SET "${measure}" = $18 WHERE id = $19`,
    [
      column('id'),
      column('tenantId'),
      column('budgetLineId'),
      column('commitmentId'),
      column('kind'),
      column('measure'),
      entries.map((e) => e.amount.toString()),
      column('bookedOn'),
      column('recordedAt'),
      column('recordedBy'),
      column('recordedByName'),
      column('reason'),
      column('sourceEventId'),
      column('sourceEventType'),
      column('reversesEntryId'),
      column('causeId'),
      column('exceedsBudget'),
      lineTotal.toString(),
      entries[0].budgetLineId,
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
