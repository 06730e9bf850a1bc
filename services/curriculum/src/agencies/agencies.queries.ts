import type { EntityManager } from 'typeorm';

/** Reads and writes of the agencies' state, kept from enrollment's events. */

/** Of the codes, those of agencies the tenant has deactivated. */
export async function inactiveAgencies(tx: EntityManager, tenantId: string, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows: { code: string }[] = await tx.query(
    `SELECT code FROM curriculum.agency_state WHERE tenant_id = $1 AND code = ANY($2::text[]) AND NOT active`,
    [tenantId, codes],
  );
  return new Set(rows.map((r) => r.code));
}

/** Keeps the agency's state as of `changedAt`, unless what is kept is as new or newer (a late or repeated event). */
export async function keepAgencyState(
  tx: EntityManager,
  state: { tenantId: string; code: string; nameKo: string; active: boolean; changedAt: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO curriculum.agency_state (tenant_id, code, name_ko, active, changed_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, code) DO UPDATE SET name_ko = EXCLUDED.name_ko, active = EXCLUDED.active, changed_at = EXCLUDED.changed_at
     WHERE curriculum.agency_state.changed_at < EXCLUDED.changed_at`,
    [state.tenantId, state.code, state.nameKo, state.active, state.changedAt],
  );
}
