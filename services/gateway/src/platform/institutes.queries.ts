import { InstituteView } from '@baeum/api';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Tenant } from '../identity/tenant.entity';
import { User } from '../identity/user.entity';

interface InstituteRow {
  id: string;
  slug: string;
  name_ko: string;
  name_en: string;
  deactivated_at: Date | null;
  users: number;
  admins: number;
}

const toView = (row: InstituteRow): InstituteView => ({
  id: row.id,
  code: row.slug,
  nameKo: row.name_ko,
  nameEn: row.name_en,
  status: row.deactivated_at ? 'inactive' : 'active',
  users: row.users,
  admins: row.admins,
});

/** Institutes with their head counts only: the operator reads no institute's people or data (ADR 0014). */
const INSTITUTES = `
  SELECT t.id, t.slug, t.name_ko, t.name_en, t.deactivated_at,
         count(u.id)::int AS users,
         (count(u.id) FILTER (WHERE 'admin' = ANY (u.roles) AND u.disabled_at IS NULL))::int AS admins
    FROM gateway.tenant t LEFT JOIN gateway.app_user u ON u.tenant_id = t.id
   WHERE t.kind = 'institute'`;

/** The platform operator's reads and writes of institutes (tenants); the platform's own tenant is never among them. */
@Injectable()
export class InstitutesQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<InstituteView[]> {
    const rows: InstituteRow[] = await this.dataSource.query(`${INSTITUTES} GROUP BY t.id ORDER BY t.name_ko, t.slug`);
    return rows.map(toView);
  }

  async one(tx: EntityManager, id: string): Promise<InstituteView> {
    const [row] = (await tx.query(`${INSTITUTES} AND t.id = $1 GROUP BY t.id`, [id])) as InstituteRow[];
    return toView(row);
  }

  /** An institute, locked till the transaction ends; null for an unknown id or the platform's own tenant. */
  instituteForUpdate(tx: EntityManager, id: string): Promise<Tenant | null> {
    return tx.getRepository(Tenant).findOne({ where: { id, kind: 'institute' }, lock: { mode: 'pessimistic_write' } });
  }

  async codeTaken(tx: EntityManager, slug: string): Promise<boolean> {
    return (await tx.getRepository(Tenant).countBy({ slug })) > 0;
  }

  async insertInstitute(tx: EntityManager, tenant: Tenant): Promise<void> {
    await tx.insert(Tenant, tenant);
  }

  async insertUser(tx: EntityManager, user: User): Promise<void> {
    await tx.insert(User, user);
  }

  /** Everyone of an institute, for announcing them when the institute stops or starts again. */
  usersOf(tx: EntityManager, tenantId: string): Promise<User[]> {
    return tx.getRepository(User).find({ where: { tenantId }, order: { id: 'ASC' } });
  }

  async setDeactivated(tx: EntityManager, id: string, at: Date | null): Promise<void> {
    await tx.query(`UPDATE gateway.tenant SET deactivated_at = $2 WHERE id = $1`, [id, at]);
  }

  /** Raises the credential version of every account of the institute: every token they hold stops working. */
  async endSessions(tx: EntityManager, tenantId: string): Promise<Pick<User, 'id' | 'credentialVersion' | 'disabledAt'>[]> {
    const [rows] = (await tx.query(
      `UPDATE gateway.app_user SET credential_version = credential_version + 1 WHERE tenant_id = $1
       RETURNING id, credential_version, disabled_at`,
      [tenantId],
    )) as [{ id: string; credential_version: number; disabled_at: Date | null }[], number];
    return rows.map((row) => ({ id: row.id, credentialVersion: row.credential_version, disabledAt: row.disabled_at }));
  }
}
