import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Tenant } from './tenant.entity';
import { User } from './user.entity';

/**
 * What the check on every authenticated request reads of the account: its credential version and
 * whether it is disabled; null when the account is gone or of another institute. Written out, as
 * every applicant's first request in a rush reads it.
 */
export async function credentialsOf(
  db: DataSource | EntityManager,
  tenantId: string,
  userId: string,
): Promise<Pick<User, 'credentialVersion' | 'disabledAt'> | null> {
  const rows: Pick<User, 'credentialVersion' | 'disabledAt'>[] = await db.query(
    `SELECT credential_version AS "credentialVersion", disabled_at AS "disabledAt" FROM gateway.app_user WHERE id = $1 AND tenant_id = $2`,
    [userId, tenantId],
  );
  return rows[0] ?? null;
}

/** Sign-in's and the accounts' reads, and the one write of a password (a change or a reset). */
@Injectable()
export class AuthQueries {
  constructor(private readonly dataSource: DataSource) {}

  tenantBySlug(slug: string, tx: EntityManager = this.dataSource.manager): Promise<Tenant | null> {
    return tx.getRepository(Tenant).findOneBy({ slug });
  }

  tenantById(id: string, tx: EntityManager = this.dataSource.manager): Promise<Tenant | null> {
    return tx.getRepository(Tenant).findOneBy({ id });
  }

  /** The account of an address (lower-case) at an institute. */
  userByEmail(tenantId: string, email: string, tx: EntityManager = this.dataSource.manager): Promise<User | null> {
    return tx.getRepository(User).findOneBy({ tenantId, email });
  }

  userById(tenantId: string, id: string, tx: EntityManager = this.dataSource.manager): Promise<User | null> {
    return tx.getRepository(User).findOneBy({ tenantId, id });
  }

  /**
   * Sets an active account's password, ends its temporary-password flag and raises its credential
   * version in the database (two changes at once cannot keep one version), so every older token stops
   * working. The new version, or null if the account is gone or disabled.
   */
  async setPassword(tx: EntityManager, userId: string, passwordHash: string): Promise<number | null> {
    const [rows] = (await tx.query(
      `UPDATE gateway.app_user SET password_hash = $2, must_change_password = false, credential_version = credential_version + 1
        WHERE id = $1 AND disabled_at IS NULL RETURNING credential_version`,
      [userId, passwordHash],
    )) as [{ credential_version: number }[], number];
    return rows[0]?.credential_version ?? null;
  }

  /** Sets or removes a user's own mobile number; the user as now stored, or null if not found in the tenant. */
  /** Sets the person's phone; `changed` is false when it already was that (nothing written); null for no such person. */
  async setPhone(
    tx: EntityManager,
    tenantId: string,
    userId: string,
    phone: string | null,
  ): Promise<{ user: User; changed: boolean } | null> {
    const [, affected] = (await tx.query(
      `UPDATE gateway.app_user SET phone = $3 WHERE tenant_id = $1 AND id = $2 AND phone IS DISTINCT FROM $3`,
      [tenantId, userId, phone],
    )) as [unknown, number];
    const user = await this.userById(tenantId, userId, tx);
    return user ? { user, changed: affected > 0 } : null;
  }
}
