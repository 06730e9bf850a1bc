import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { User } from './user.entity';

/** The pending password resets: one per account, kept by the hash of the mailed link's token. */
@Injectable()
export class PasswordResetQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The account's one pending reset: a new request replaces (and so ends) the one before, used or not. */
  async replace(tx: EntityManager, user: Pick<User, 'id' | 'tenantId'>, hash: string, expiresAt: Date): Promise<void> {
    await tx.query(
      `INSERT INTO gateway.password_reset (user_id, tenant_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE
         SET token_hash = EXCLUDED.token_hash, expires_at = EXCLUDED.expires_at, used_at = NULL, created_at = now()`,
      [user.id, user.tenantId, hash, expiresAt],
    );
  }

  /** The account of a reset that still stands (known, unused, not expired, the account active); null otherwise. */
  async standing(hash: string): Promise<{ userId: string; tenantId: string } | null> {
    const rows = (await this.dataSource.query(
      `SELECT r.user_id, r.tenant_id FROM gateway.password_reset r JOIN gateway.app_user u ON u.id = r.user_id
        WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now() AND u.disabled_at IS NULL`,
      [hash],
    )) as { user_id: string; tenant_id: string }[];
    return rows[0] ? { userId: rows[0].user_id, tenantId: rows[0].tenant_id } : null;
  }

  /** Uses a reset up: its account's id if it still stood, else null (a second use finds nothing). */
  async take(tx: EntityManager, hash: string): Promise<string | null> {
    const [rows] = (await tx.query(
      `UPDATE gateway.password_reset SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [hash],
    )) as [{ user_id: string }[], number];
    return rows[0]?.user_id ?? null;
  }
}
