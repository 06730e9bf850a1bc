import type { EntityManager } from 'typeorm';

/** Reads and writes of the tenant's own holidays. */

/** The days the tenant does not work beyond weekends, empty until its settings were announced. */
export async function holidaysOf(tx: EntityManager, tenantId: string): Promise<Set<string>> {
  const rows: { holidays: string[] }[] = await tx.query(`SELECT holidays FROM enrollment.institute_calendar WHERE tenant_id = $1`, [
    tenantId,
  ]);
  return new Set(rows[0]?.holidays ?? []);
}

/**
 * Keeps the holidays as of `changedAt`, unless what is kept is as new or newer (an older event
 * delivered late, or the same one again). Returns whether they were kept.
 */
export async function keepHolidays(tx: EntityManager, tenantId: string, holidays: string[], changedAt: string): Promise<boolean> {
  const rows: unknown[] = await tx.query(
    `INSERT INTO enrollment.institute_calendar (tenant_id, holidays, changed_at) VALUES ($1, $2::jsonb, $3)
     ON CONFLICT (tenant_id) DO UPDATE SET holidays = EXCLUDED.holidays, changed_at = EXCLUDED.changed_at
     WHERE enrollment.institute_calendar.changed_at < EXCLUDED.changed_at
     RETURNING tenant_id`,
    [tenantId, JSON.stringify(holidays), changedAt],
  );
  return rows.length > 0;
}
