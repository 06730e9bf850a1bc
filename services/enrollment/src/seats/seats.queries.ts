import { EntityRows, preparedQuery } from '@baeum/service-kit';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AgencyQuota } from '../cohorts/agency-quota.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { ACTIVE_STATUSES, SeatHolder } from './seat-holder';

/** Reads and writes of seats: the cohort's seat row (`cohort_seats`), its quotas, and the seat holders among its applications. */

const HOLDER_COLUMNS =
  `id, tenant_id AS "tenantId", cohort_id AS "cohortId", trainee_id AS "traineeId", trainee_tenant_id ` +
  `AS "traineeTenantId",
  agency_code AS "agencyCode", via, rank, status, applied_at AS "appliedAt", confirmed_at AS "confirmedAt", waitlisted_at AS "waitlistedAt",
  ended_at AS "endedAt", end_reason AS "endReason", end_note AS "endNote"`;

/** Locks the cohort's seat row until the transaction ends; null when the cohort is unknown. */
export const lockCohort = (tx: EntityManager, cohortId: string): Promise<Cohort | null> =>
  EntityRows.of(tx, Cohort).selectOne(tx, 'WHERE cohort_id = $1 FOR UPDATE', [cohortId]);

export const cohortQuotas = (tx: EntityManager, cohortId: string): Promise<AgencyQuota[]> => tx.find(AgencyQuota, { where: { cohortId } });

/** Applications of the cohort in the given statuses, in seat order: rank (nominees first), then time, then id. */
export const holdersInOrder = (tx: EntityManager, cohortId: string, statuses: string[]): Promise<SeatHolder[]> =>
  tx.query(
    `SELECT ${HOLDER_COLUMNS} FROM enrollment.application WHERE cohort_id = $1 AND status = ANY($2::text[])
      ORDER BY COALESCE(rank, 2147483647), applied_at, id`,
    [cohortId, statuses],
  );

/** Every application of the cohort that holds, waits for, or awaits an approval for a seat. */
export const activeHolders = (tx: EntityManager, cohortId: string): Promise<SeatHolder[]> =>
  tx.query(`SELECT ${HOLDER_COLUMNS} FROM enrollment.application WHERE cohort_id = $1 AND status = ANY($2::text[])`, [
    cohortId,
    ACTIVE_STATUSES,
  ]);

/** How many wait ahead of the holder in its pool (`agencyCode` alone, or every agency but `notAgencies`). */
export async function waitingAheadOf(
  tx: EntityManager,
  holder: Pick<SeatHolder, 'cohortId' | 'rank' | 'appliedAt' | 'id'>,
  pool: { agencyCode?: string; notAgencies?: string[] },
): Promise<number> {
  const params: unknown[] = [holder.cohortId, holder.rank ?? 2147483647, holder.appliedAt, holder.id];
  let poolFilter = '';
  if (pool.agencyCode !== undefined) poolFilter = ` AND agency_code = $${params.push(pool.agencyCode)}`;
  if (pool.notAgencies !== undefined) poolFilter = ` AND NOT (agency_code = ANY($${params.push(pool.notAgencies)}))`;
  const [{ n }] = await tx.query(
    `SELECT count(*)::int AS n FROM enrollment.application
      WHERE cohort_id = $1 AND status = 'waitlisted' AND (COALESCE(rank, 2147483647), applied_at, id) < ($2, $3, $4::uuid)${poolFilter}`,
    params,
  );
  return n;
}

type StatusChange = Pick<SeatHolder, 'status' | 'appliedAt' | 'confirmedAt' | 'waitlistedAt' | 'endedAt' | 'endReason' | 'endNote'>;

/** The seat write's text (`writeSeats`): $1 the cohort, $2–$4 its counters, $5–$11 and $14 the status changes, $12–$13 the quotas. */
export const WRITE_SEATS = `WITH changed AS (
    UPDATE enrollment.application a
       SET status = c.status, applied_at = c.applied_at, confirmed_at = COALESCE(c.confirmed_at, a.confirmed_at),
           waitlisted_at = COALESCE(c.waitlisted_at, a.waitlisted_at), ended_at = COALESCE(c.ended_at, a.ended_at),
           end_reason = COALESCE(c.end_reason, a.end_reason), end_note = COALESCE(c.end_note, a.end_note)
      FROM unnest($5::uuid[], $6::text[], $7::timestamptz[], $8::timestamptz[], $9::timestamptz[], $10::text[], $11::text[],
           $14::timestamptz[]) AS c(id, status, confirmed_at, waitlisted_at, ended_at, end_reason, end_note, applied_at)
     WHERE a.id = c.id RETURNING 1
  ), quotas AS (
    UPDATE enrollment.cohort_agency_quota q SET confirmed = x.confirmed FROM unnest($12::text[], $13::int[]) AS x(agency_code, confirmed)
     WHERE q.cohort_id = $1 AND q.agency_code = x.agency_code RETURNING 1
  )
  UPDATE enrollment.cohort_seats SET confirmed = $2, waitlisted = $3, unreserved_confirmed = $4, fill_version = fill_version + 1,
         updated_at = now() WHERE cohort_id = $1`;

/** Writes the cohort's counters, the changed quotas and every status change in one statement, and marks the fill changed. */
export async function writeSeats(
  tx: EntityManager,
  cohortId: string,
  counters: { confirmed: number; waitlisted: number; unreservedConfirmed: number },
  changes: [string, StatusChange][],
  quotas: [string, { confirmed: number }][],
): Promise<void> {
  await preparedQuery(tx, WRITE_SEATS, [
    cohortId,
    counters.confirmed,
    counters.waitlisted,
    counters.unreservedConfirmed,
    changes.map(([id]) => id),
    changes.map(([, c]) => c.status),
    changes.map(([, c]) => c.confirmedAt),
    changes.map(([, c]) => c.waitlistedAt),
    changes.map(([, c]) => c.endedAt),
    changes.map(([, c]) => c.endReason),
    changes.map(([, c]) => c.endNote),
    quotas.map(([code]) => code),
    quotas.map(([, q]) => q.confirmed),
    changes.map(([, c]) => c.appliedAt),
  ]);
}

/** Confirmed applications of the cohort per agency. */
export async function confirmedByAgency(tx: EntityManager, cohortId: string): Promise<Map<string, number>> {
  const rows: { agency_code: string; n: number }[] = await tx.query(
    `SELECT agency_code, count(*)::int AS n FROM enrollment.application WHERE cohort_id = $1 AND status = 'confirmed' GROUP BY agency_code`,
    [cohortId],
  );
  return new Map(rows.map((r) => [r.agency_code, r.n]));
}

/** A new replica row and its quotas. */
export async function insertCohort(tx: EntityManager, cohort: Partial<Cohort>, quotas: Map<string, number>): Promise<void> {
  await tx.insert(Cohort, cohort);
  if (quotas.size > 0)
    await tx.insert(
      AgencyQuota,
      [...quotas].map(([agencyCode, seats]) => ({ cohortId: cohort.cohortId!, agencyCode, seats, confirmed: 0 })),
    );
}

/** Replaces what a snapshot says of a replicated cohort and its quotas (each quota keeps its confirmed count). */
export async function updateCohort(
  tx: EntityManager,
  cohortId: string,
  changes: Partial<Cohort>,
  quotas: Map<string, number>,
  confirmedOf: Map<string, number>,
): Promise<void> {
  await tx.update(Cohort, cohortId, changes);
  await tx.delete(AgencyQuota, { cohortId });
  if (quotas.size > 0)
    await tx.insert(
      AgencyQuota,
      [...quotas].map(([agencyCode, seats]) => ({ cohortId, agencyCode, seats, confirmed: confirmedOf.get(agencyCode) ?? 0 })),
    );
}

export const markCohortCancelled = (tx: EntityManager, cohortId: string) =>
  tx.update(Cohort, cohortId, { status: 'cancelled', underFilled: false, updatedAt: new Date() });

export const markCohortCompleted = (tx: EntityManager, cohortId: string) =>
  tx.update(Cohort, { cohortId, status: 'scheduled' }, { status: 'completed', updatedAt: new Date() });

export const markSelectionDone = (tx: EntityManager, cohortId: string) => tx.update(Cohort, cohortId, { selectionDone: true });

/** The course manager's under-fill decision, which ends the wait for one (the fill changes with it). */
export const recordUnderFillDecision = (tx: EntityManager, cohortId: string, decision: string) =>
  tx.query(`UPDATE enrollment.cohort_seats SET under_fill_decision = $2, fill_version = fill_version + 1 WHERE cohort_id = $1`, [
    cohortId,
    decision,
  ]);

/** Scheduled cohorts whose applications have closed and whose selection has not run. */
export const dueForSelection = async (tx: EntityManager, today: string): Promise<string[]> =>
  (
    (await tx.query(
      `SELECT cohort_id FROM enrollment.cohort_seats WHERE status = 'scheduled' AND NOT selection_done AND application_closes < $1 ` +
        `LIMIT 100`,
      [today],
    )) as { cohort_id: string }[]
  ).map((r) => r.cohort_id);

/** Scheduled cohorts with a minimum fill whose cut-off has come and which were not checked yet. */
export const dueForFillCheck = async (tx: EntityManager, today: string): Promise<string[]> =>
  (
    (await tx.query(
      `SELECT cohort_id FROM enrollment.cohort_seats WHERE status = 'scheduled' AND minimum_fill > 0 AND minimum_fill_cutoff <= $1 ` +
        `AND under_fill_checked_on IS NULL LIMIT 100`,
      [today],
    )) as { cohort_id: string }[]
  ).map((r) => r.cohort_id);

export const recordFillCheck = (tx: EntityManager, cohortId: string, underFilled: boolean, today: string) =>
  tx.query(
    `UPDATE enrollment.cohort_seats SET under_filled = $2, under_fill_checked_on = $3, fill_version = fill_version + 1 ` +
      `WHERE cohort_id = $1`,
    [cohortId, underFilled, today],
  );

/** Up to 200 cohorts whose fill changed since last announced, locked (others' locked rows skipped). */
export const changedFills = (tx: EntityManager): Promise<Cohort[]> =>
  tx
    .getRepository(Cohort)
    .createQueryBuilder('c')
    .where('c.fill_version > c.fill_published_version')
    .orderBy('c.updated_at')
    .limit(200)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getMany();

/** Records each cohort's fill version as announced, in one statement. */
export const markFillsPublished = (tx: EntityManager, cohorts: Pick<Cohort, 'cohortId' | 'fillVersion'>[]) =>
  tx.query(
    `UPDATE enrollment.cohort_seats c SET fill_published_version = x.version
       FROM unnest($1::uuid[], $2::int[]) AS x(cohort_id, version) WHERE c.cohort_id = x.cohort_id`,
    [cohorts.map((c) => c.cohortId), cohorts.map((c) => c.fillVersion)],
  );

/** The seat rows of the given cohorts of a tenant. */
export const seatRows = (tx: EntityManager, tenantId: string, cohortIds: string[]): Promise<Cohort[]> =>
  tx.getRepository(Cohort).find({ where: { tenantId, cohortId: In(cohortIds) } });

/** Cohorts that have begun (or ended) with people still on their waiting list; cancelled ones released everyone already. */
export const dueForWaitlistClose = async (tx: EntityManager, today: string): Promise<string[]> =>
  (
    (await tx.query(
      `SELECT cohort_id FROM enrollment.cohort_seats
        WHERE status <> 'cancelled' AND waitlisted > 0 AND start_date <= $1 LIMIT 100`,
      [today],
    )) as { cohort_id: string }[]
  ).map((r) => r.cohort_id);
