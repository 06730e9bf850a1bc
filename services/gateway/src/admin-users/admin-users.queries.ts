import { AdminUserPage, AdminUserQuery, AdminUserView, Role, UserStatus } from '@baeum/api';
import { AuditEntryView, AuditLogQuery, readAudit } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Tenant } from '../identity/tenant.entity';
import { User } from '../identity/user.entity';

const DEFAULT_PAGE_SIZE = 20;

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  roles: Role[];
  agency_code: string | null;
  must_change_password: boolean;
  disabled_at: Date | null;
  verified_at: Date | null;
}

export const statusOf = (user: Pick<User, 'disabledAt' | 'verifiedAt'>): UserStatus =>
  user.disabledAt ? 'disabled' : user.verifiedAt ? 'active' : 'unverified';

export const rolesOf = (user: Pick<User, 'role' | 'roles'>): Role[] => (user.roles?.length ? user.roles : [user.role]);

export function adminUserView(user: User): AdminUserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    roles: rolesOf(user),
    agencyCode: user.agencyCode,
    status: statusOf(user),
    mustChangePassword: user.mustChangePassword,
  };
}

const STATUS_CONDITION: Record<UserStatus, string> = {
  active: 'disabled_at IS NULL AND verified_at IS NOT NULL',
  disabled: 'disabled_at IS NOT NULL',
  unverified: 'disabled_at IS NULL AND verified_at IS NULL',
};

/** The administrator's reads and writes of an institute's users; every one is scoped to the institute. */
@Injectable()
export class AdminUsersQueries {
  constructor(private readonly dataSource: DataSource) {}

  tenant(tx: EntityManager, tenantId: string): Promise<Tenant> {
    return tx.getRepository(Tenant).findOneByOrFail({ id: tenantId });
  }

  /** A page of the institute's users by name, then e-mail. */
  async page(tenantId: string, query: AdminUserQuery): Promise<AdminUserPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const words = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows: (UserRow & { total: number })[] = await this.dataSource.query(
      `SELECT id, email, name, role, roles, agency_code, must_change_password, disabled_at, verified_at, count(*) OVER ()::int AS total
         FROM gateway.app_user
        WHERE tenant_id = $1
          AND ($2::text IS NULL OR name ILIKE $2 OR email ILIKE $2)
          AND ($3::text IS NULL OR $3 = ANY (roles))
          AND ($4::text IS NULL OR agency_code = $4)
          ${query.status ? `AND ${STATUS_CONDITION[query.status]}` : ''}
        ORDER BY name, email
        LIMIT $5 OFFSET $6`,
      [tenantId, words, query.role ?? null, query.agencyCode ?? null, pageSize, (page - 1) * pageSize],
    );
    return {
      items: rows.map((row) =>
        adminUserView({
          id: row.id,
          tenantId,
          email: row.email,
          name: row.name,
          role: row.role,
          roles: row.roles,
          agencyCode: row.agency_code,
          passwordHash: '',
          mustChangePassword: row.must_change_password,
          credentialVersion: 0,
          disabledAt: row.disabled_at,
          verifiedAt: row.verified_at,
        }),
      ),
      total: rows[0]?.total ?? (page === 1 ? 0 : await this.count(tenantId)),
      page,
      pageSize,
    };
  }

  private async count(tenantId: string): Promise<number> {
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM gateway.app_user WHERE tenant_id = $1`, [tenantId])) as {
      n: number;
    }[];
    return n;
  }

  /** The institute's active administrators, locked till the transaction ends: changes that could leave none take turns. */
  async lockActiveAdmins(tx: EntityManager, tenantId: string): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM gateway.app_user
        WHERE tenant_id = $1 AND 'admin' = ANY (roles) AND disabled_at IS NULL
        ORDER BY id FOR UPDATE`,
      [tenantId],
    );
    return rows.map((row) => row.id);
  }

  user(tenantId: string, id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id, tenantId });
  }

  /** One user of the institute, locked till the transaction ends; null for another institute's or an unknown one. */
  userForUpdate(tx: EntityManager, tenantId: string, id: string): Promise<User | null> {
    return tx.getRepository(User).findOne({ where: { id, tenantId }, lock: { mode: 'pessimistic_write' } });
  }

  async emailTaken(tx: EntityManager, tenantId: string, email: string): Promise<boolean> {
    return (await tx.getRepository(User).countBy({ tenantId, email })) > 0;
  }

  async insert(tx: EntityManager, user: User): Promise<void> {
    await tx.insert(User, user);
  }

  /**
   * Writes a user's changed fields; `endSessions` raises the credential version, so every token the
   * user holds stops working. Answers the user as stored.
   */
  async update(
    tx: EntityManager,
    id: string,
    fields: Partial<Pick<User, 'name' | 'role' | 'roles' | 'agencyCode' | 'disabledAt' | 'passwordHash' | 'mustChangePassword'>>,
    endSessions: boolean,
  ): Promise<User> {
    const columns: Record<string, unknown> = {
      name: fields.name,
      role: fields.role,
      roles: fields.roles,
      agency_code: fields.agencyCode,
      disabled_at: fields.disabledAt,
      password_hash: fields.passwordHash,
      must_change_password: fields.mustChangePassword,
    };
    const set = Object.entries(columns).filter(([, value]) => value !== undefined);
    const params = set.map(([, value]) => value);
    const assignments = set.map(([column], i) => `${column} = $${i + 2}`);
    if (endSessions) assignments.push('credential_version = credential_version + 1');
    if (assignments.length > 0) await tx.query(`UPDATE gateway.app_user SET ${assignments.join(', ')} WHERE id = $1`, [id, ...params]);
    return tx.getRepository(User).findOneByOrFail({ id });
  }

  /** The gateway's own entries of the institute's audit log. */
  audit(tenantId: string, query: AuditLogQuery): Promise<AuditEntryView[]> {
    return readAudit(this.dataSource.manager, 'gateway', 'gateway', tenantId, query);
  }
}
