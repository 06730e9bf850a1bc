import type { EntityManager } from 'typeorm';

/** Holds the cohort until the transaction ends, so that events about one cohort are applied one at a time. */
export async function lockCohortEvents(tx: EntityManager, cohortId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`finance:cohort:${cohortId}`]);
}

/** The days the tenant does not work beyond weekends, empty until its settings were announced. */
export async function holidaysOf(tx: EntityManager, tenantId: string): Promise<Set<string>> {
  const rows: { holidays: string[] }[] = await tx.query(`SELECT holidays FROM finance.institute_calendar WHERE tenant_id = $1`, [tenantId]);
  return new Set(rows[0]?.holidays ?? []);
}

/**
 * Keeps the holidays as of `changedAt`, unless what is kept is as new or newer (an older event
 * delivered late, or the same one again). Returns the holidays kept before, or null when nothing changed.
 */
export async function keepHolidays(
  tx: EntityManager,
  tenantId: string,
  holidays: string[],
  changedAt: string,
): Promise<Set<string> | null> {
  // Serialises one tenant's calendar changes, so that the holidays read before are the ones replaced.
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`finance:calendar:${tenantId}`]);
  const before = await holidaysOf(tx, tenantId);
  const rows: unknown[] = await tx.query(
    `INSERT INTO finance.institute_calendar (tenant_id, holidays, changed_at) VALUES ($1, $2::jsonb, $3)
     ON CONFLICT (tenant_id) DO UPDATE SET holidays = EXCLUDED.holidays, changed_at = EXCLUDED.changed_at
     WHERE finance.institute_calendar.changed_at < EXCLUDED.changed_at
     RETURNING tenant_id`,
    [tenantId, JSON.stringify(holidays), changedAt],
  );
  return rows.length > 0 ? before : null;
}

/** The tenant's scheduled cohorts that meet on any of the dates: their meal-days may have changed. */
export async function scheduledCohortsOn(tx: EntityManager, tenantId: string, dates: string[]): Promise<string[]> {
  if (dates.length === 0) return [];
  const rows: { cohortId: string }[] = await tx.query(
    `SELECT cohort_id AS "cohortId" FROM finance.cohort_replica
     WHERE tenant_id = $1 AND status = 'scheduled' AND EXISTS (SELECT 1 FROM unnest($2::date[]) AS d WHERE d BETWEEN start_date AND end_date)
     ORDER BY cohort_id`,
    [tenantId, dates],
  );
  return rows.map((r) => r.cohortId);
}
