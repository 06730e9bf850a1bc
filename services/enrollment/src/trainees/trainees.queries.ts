import type { TraineeListQuery } from '@baeum/api';
import { EntityRows } from '@baeum/service-kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import type { TraineeRow } from './trainee-sheet';
import { Trainee } from './trainee.entity';

/** Reads and writes of trainees (교육생). */

/** The tenant's trainees by agency and name (at most 1,000), of one agency and matching `q` (name or staff number) when given. */
export function traineesOf(
  tx: EntityManager,
  tenantId: string,
  agencyCode: string | undefined | null,
  q: TraineeListQuery['q'],
): Promise<Trainee[]> {
  const qb = tx
    .getRepository(Trainee)
    .createQueryBuilder('t')
    .where('t.tenant_id = :tenant', { tenant: tenantId })
    .orderBy('t.agency_code')
    .addOrderBy('t.name')
    .take(1000);
  if (agencyCode) qb.andWhere('t.agency_code = :agency', { agency: agencyCode });
  if (q) qb.andWhere('(t.name ILIKE :q OR t.employee_no ILIKE :q)', { q: `%${q.replace(/[\\%_]/g, '\\$&')}%` });
  return qb.getMany();
}

export const agencyCodesOf = async (tx: EntityManager, tenantId: string): Promise<Set<string>> =>
  new Set((await tx.find(Agency, { where: { tenantId } })).map((a) => a.code));

export const traineeByEmployeeNo = (tx: EntityManager, tenantId: string, agencyCode: string, employeeNo: string): Promise<Trainee | null> =>
  tx.findOne(Trainee, { where: { tenantId, agencyCode, employeeNo } });

export const insertTrainee = (tx: EntityManager, trainee: Trainee) => tx.insert(Trainee, trainee);

export const saveTrainee = (tx: EntityManager, trainee: Trainee) => tx.save(Trainee, trainee);

/**
 * New staff numbers are added, known ones (in the tenant and agency) updated; answers how many were
 * added and updated, and the records added (their account link is none yet).
 */
export async function upsertTrainees(
  tx: EntityManager,
  tenantId: string,
  trainees: TraineeRow[],
): Promise<{ created: number; updated: number; added: { id: string; userId: null; agencyCode: string }[] }> {
  const result: { id: string; agency_code: string; inserted: boolean }[] = await tx.query(
    `INSERT INTO enrollment.trainee (id, tenant_id, agency_code, employee_no, name, grade, position, job_series)
     SELECT gen_random_uuid(), $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
     ON CONFLICT (tenant_id, agency_code, employee_no) WHERE employee_no IS NOT NULL
     DO UPDATE SET name = EXCLUDED.name, grade = EXCLUDED.grade, position = EXCLUDED.position, job_series = EXCLUDED.job_series, ` +
      `updated_at = now()
     RETURNING id, agency_code, (xmax = 0) AS inserted`,
    [tenantId, ...(['agencyCode', 'employeeNo', 'name', 'grade', 'position', 'jobSeries'] as const).map((k) => trainees.map((t) => t[k]))],
  );
  const added = result.filter((r) => r.inserted).map((r) => ({ id: r.id, userId: null, agencyCode: r.agency_code }));
  return { created: added.length, updated: result.length - added.length, added };
}

/**
 * Links a trainee account to its own record, made on first use when the account came first (nothing
 * when it exists); answers the record's id when it was made.
 */
export const linkTraineeAccount = async (
  tx: EntityManager,
  user: { tenantId: string; userId: string; agencyCode: string; name: string },
): Promise<string | null> => {
  const rows: { id: string }[] = await tx.query(
    `INSERT INTO enrollment.trainee (id, tenant_id, user_id, agency_code, name) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id) ` +
      `WHERE user_id IS NOT NULL DO NOTHING RETURNING id`,
    [randomUUID(), user.tenantId, user.userId, user.agencyCode, user.name],
  );
  return rows[0]?.id ?? null;
};

/** Every trainee of every tenant, as `enrollment.trainee.linked` names them (the one-off backfill). */
export const allTraineeLinks = (
  tx: EntityManager,
): Promise<{ id: string; tenant_id: string; user_id: string | null; agency_code: string }[]> =>
  tx.query(`SELECT id, tenant_id, user_id, agency_code FROM enrollment.trainee ORDER BY tenant_id, created_at, id`);

/** The trainee record linked to an account, locked until the transaction ends when asked. */
export const traineeOfUser = (tx: EntityManager, userId: string, lock = false): Promise<Trainee | null> =>
  EntityRows.of(tx, Trainee).selectOne(tx, `WHERE user_id = $1${lock ? ' FOR UPDATE' : ''}`, [userId]);

/** A trainee of the tenant, locked until the transaction ends when asked. */
export const traineeOfTenant = (tx: EntityManager, tenantId: string, traineeId: string, lock = false): Promise<Trainee | null> =>
  tx
    .getRepository(Trainee)
    .findOne({ where: { id: traineeId, tenantId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
