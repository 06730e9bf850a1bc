import type { AgencyAdminView, AgencyView } from '@baeum/api';
import { EntityRows } from '@baeum/service-kit';
import type { EntityManager } from 'typeorm';
import { Agency } from './agency.entity';

/** Reads and writes of agencies. */

const toView = ({ tenantId, code, nameKo, nameEn, kind, active }: Agency): AgencyView => ({ tenantId, code, nameKo, nameEn, kind, active });

/** The tenant's agencies by Korean name. */
export const agenciesOf = async (tx: EntityManager, tenantId: string): Promise<AgencyView[]> =>
  (await tx.getRepository(Agency).find({ where: { tenantId }, order: { nameKo: 'ASC' } })).map(toView);

/** The tenant's agencies with their default quota and number of trainees, by Korean name. */
export async function agenciesForAdmin(tx: EntityManager, tenantId: string): Promise<AgencyAdminView[]> {
  const rows: (Agency & { trainees: number })[] = await tx.query(
    `SELECT a.tenant_id AS "tenantId", a.code, a.name_ko AS "nameKo", a.name_en AS "nameEn", a.kind, a.active,
            a.default_quota AS "defaultQuota",
            (SELECT count(*)::int FROM enrollment.trainee t WHERE t.tenant_id = a.tenant_id AND t.agency_code = a.code) AS trainees
       FROM enrollment.agency a
      WHERE a.tenant_id = $1
      ORDER BY a.name_ko, a.code`,
    [tenantId],
  );
  return rows.map((row) => ({ ...toView(row), defaultQuota: row.defaultQuota, trainees: row.trainees }));
}

/** One agency (a prepared read: every application checks its trainee's agency). */
export const agencyOf = (tx: EntityManager, tenantId: string, code: string): Promise<Agency | null> =>
  EntityRows.of(tx, Agency).selectOne(tx, 'WHERE tenant_id = $1 AND code = $2', [tenantId, code]);

/** One agency, locked for the transaction's change. */
export const lockedAgency = (tx: EntityManager, tenantId: string, code: string): Promise<Agency | null> =>
  tx.findOne(Agency, { where: { tenantId, code }, lock: { mode: 'pessimistic_write' } });

export const insertAgency = (tx: EntityManager, agency: Agency) => tx.insert(Agency, agency);

export const updateAgency = (tx: EntityManager, agency: Agency, changes: Partial<Agency>) =>
  tx.update(Agency, { tenantId: agency.tenantId, code: agency.code }, changes);

export const deleteAgency = (tx: EntityManager, agency: Agency) => tx.delete(Agency, { tenantId: agency.tenantId, code: agency.code });

export async function traineeCount(tx: EntityManager, tenantId: string, code: string): Promise<number> {
  const [{ n }]: { n: number }[] = await tx.query(
    `SELECT count(*)::int AS n FROM enrollment.trainee WHERE tenant_id = $1 AND agency_code = $2`,
    [tenantId, code],
  );
  return n;
}
