import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ApplicantProfile } from './applicant-profile.entity';
import { Tenant } from './tenant.entity';
import { User } from './user.entity';

/** How long a sign-up's link stands. */
export const VERIFICATION_TTL_MS = 24 * 3600_000;

/** A link's token: 32 random bytes, sent once in the mail; the gateway keeps only its hash. */
export function newVerificationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: tokenHash(token) };
}

/** SHA-256 suffices: the token is random, so nothing can be guessed from its hash. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Sign-up's reads and writes of users, applicant profiles and the pending links. */
@Injectable()
export class SignUpQueries {
  constructor(private readonly dataSource: DataSource) {}

  tenantBySlug(slug: string): Promise<Tenant | null> {
    return this.dataSource.getRepository(Tenant).findOneBy({ slug });
  }

  tenantById(tx: EntityManager, id: string): Promise<Tenant> {
    return tx.getRepository(Tenant).findOneByOrFail({ id });
  }

  /** The account of an address at an institute, locked until the transaction ends (two sign-ups of one address take turns). */
  userByEmail(tx: EntityManager, tenantId: string, email: string): Promise<User | null> {
    return tx.getRepository(User).findOne({ where: { tenantId, email }, lock: { mode: 'pessimistic_write' } });
  }

  async insertApplicant(tx: EntityManager, user: User): Promise<void> {
    await tx.insert(User, user);
    await tx.insert(ApplicantProfile, { userId: user.id, tenantId: user.tenantId, privacyConsentedAt: new Date(), createdAt: new Date() });
  }

  /** The account's one pending link: a new one replaces (and so ends) the one before. */
  async replaceLink(tx: EntityManager, user: Pick<User, 'id' | 'tenantId'>, hash: string, expiresAt: Date): Promise<void> {
    await tx.query(
      `INSERT INTO gateway.sign_up_verification (user_id, tenant_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, expires_at = EXCLUDED.expires_at, created_at = now()`,
      [user.id, user.tenantId, hash, expiresAt],
    );
  }

  /** Uses a link up: its account's id if the link stood (known, unused, not expired), else null. */
  async takeLink(tx: EntityManager, hash: string): Promise<string | null> {
    const [rows] = (await tx.query(
      `DELETE FROM gateway.sign_up_verification WHERE token_hash = $1 AND expires_at > now() RETURNING user_id`,
      [hash],
    )) as [{ user_id: string }[], number];
    return rows[0]?.user_id ?? null;
  }

  /** Marks the account verified; null if it is gone, disabled or already verified. */
  async markVerified(tx: EntityManager, userId: string): Promise<User | null> {
    const [rows] = (await tx.query(
      `UPDATE gateway.app_user SET verified_at = now() WHERE id = $1 AND verified_at IS NULL AND disabled_at IS NULL RETURNING id`,
      [userId],
    )) as [{ id: string }[], number];
    return rows.length === 0 ? null : tx.getRepository(User).findOneByOrFail({ id: userId });
  }
}
