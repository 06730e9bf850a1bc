import { EventPublisher } from '@baeum/messaging';
import { MemoryCacheStore, readAudit } from '@baeum/service-kit';
import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { GatewayEnv } from '../../../config/env';
import { gatewayDatabase } from '../../../database/settings';
import { AuthQueries } from '../../auth.queries';
import { PasswordResetQueries } from '../../password-reset.queries';
import { tokenHash } from '../../sign-up.queries';
import { ConfirmPasswordResetUseCase } from '../confirm-password-reset/confirm-password-reset.usecase';
import { RequestPasswordResetUseCase, RESETS_PER_ACCOUNT } from './request-password-reset.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has an institute of its own. */
const db = useSpecDatabase(gatewayDatabase(new GatewayEnv()));
const cache = new MemoryCacheStore();
const request = () =>
  new RequestPasswordResetUseCase(
    db.dataSource,
    new AuthQueries(db.dataSource),
    new PasswordResetQueries(db.dataSource),
    new EventPublisher({ service: 'gateway', schema: 'gateway', serialiseWriters: false }),
    cache,
  );
const confirm = () =>
  new ConfirmPasswordResetUseCase(db.dataSource, new AuthQueries(db.dataSource), new PasswordResetQueries(db.dataSource), cache);

/** An institute with one account of `kind`, the account's id and address. */
async function institute(kind: 'active' | 'disabled' | 'unverified' = 'active') {
  const id = randomUUID();
  const slug = `spec-${id.slice(0, 8)}`;
  await db.dataSource.query(`INSERT INTO gateway.tenant (id, slug, name_ko, name_en) VALUES ($1, $2, '시험 인재개발원', 'Spec HRD')`, [
    id,
    slug,
  ]);
  const userId = randomUUID();
  const email = `kim-${id.slice(0, 8)}@example.com`;
  await db.dataSource.query(
    `INSERT INTO gateway.app_user (id, tenant_id, email, name, role, password_hash, must_change_password, disabled_at, verified_at)
     VALUES ($1, $2, $3, '김직원', 'planner', 'none', true, $4, $5)`,
    [userId, id, email, kind === 'disabled' ? new Date() : null, kind === 'unverified' ? null : new Date()],
  );
  return { id, slug, userId, email };
}

const eventsOf = async (tenantId: string) =>
  (
    (await db.dataSource.query(`SELECT type, envelope FROM gateway.outbox WHERE envelope->>'tenantId' = $1 ORDER BY seq`, [tenantId])) as {
      type: string;
      envelope: { payload: Record<string, string> };
    }[]
  ).map((r): Record<string, string> => ({ type: r.type, ...r.envelope.payload }));
const resetOf = async (userId: string) =>
  (await db.dataSource.query(`SELECT token_hash, expires_at, used_at FROM gateway.password_reset WHERE user_id = $1`, [userId])) as {
    token_hash: string;
    expires_at: Date;
    used_at: Date | null;
  }[];
const tokenIn = (resetPath: string) => new URLSearchParams(resetPath.split('?')[1]).get('token')!;

describe('RequestPasswordResetUseCase', () => {
  it("gives an active account one link of 30 minutes, kept only as its hash, and mails it in the asker's language", async () => {
    const { id, slug, userId, email } = await institute();
    expect(await request().execute({ tenant: slug.toUpperCase(), email: email.toUpperCase(), locale: 'en' })).toEqual({
      status: 'reset_requested',
    });
    const [event] = await eventsOf(id);
    expect(event).toMatchObject({ type: 'identity.password_reset.requested', userId, email, name: '김직원', tenantName: 'Spec HRD' });
    expect(event.resetPath).toMatch(/^\/password-reset\/confirm\?token=/);
    const token = tokenIn(event.resetPath);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const [reset] = await resetOf(userId);
    expect(reset.token_hash).toBe(tokenHash(token));
    const minutes = (reset.expires_at.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
  });

  it('answers an unknown, a disabled and an unverified address and an unknown institute alike, and makes nothing', async () => {
    for (const kind of ['disabled', 'unverified'] as const) {
      const { id, slug, userId, email } = await institute(kind);
      expect(await request().execute({ tenant: slug, email, locale: 'ko' })).toEqual({ status: 'reset_requested' });
      expect(await request().execute({ tenant: slug, email: `other-${email}`, locale: 'ko' })).toEqual({ status: 'reset_requested' });
      expect(await request().execute({ tenant: 'no-such-institute', email, locale: 'ko' })).toEqual({ status: 'reset_requested' });
      expect(await eventsOf(id)).toEqual([]);
      expect(await resetOf(userId)).toEqual([]);
    }
  });

  it('replaces the pending link with a new one, and sends nothing more past the per-address limit', async () => {
    const { id, slug, userId, email } = await institute();
    for (let n = 0; n < RESETS_PER_ACCOUNT + 2; n++) await request().execute({ tenant: slug, email, locale: 'ko' });
    const events = await eventsOf(id);
    expect(events).toHaveLength(RESETS_PER_ACCOUNT);
    expect(await resetOf(userId)).toEqual([expect.objectContaining({ token_hash: tokenHash(tokenIn(events.at(-1)!.resetPath)) })]);
  });
});

describe('ConfirmPasswordResetUseCase', () => {
  const refused = { status: 400, response: expect.objectContaining({ code: 'AUTH.RESET_INVALID', field: 'token' }) };

  it('sets the password once, ends the temporary flag and raises the credential version; a weak password leaves the link usable', async () => {
    const { id, slug, userId, email } = await institute();
    await request().execute({ tenant: slug, email, locale: 'ko' });
    const token = tokenIn((await eventsOf(id))[0].resetPath);
    const command = { token, newPassword: 'Harbour-Kite-7350', address: '198.51.100.7' };
    await expect(confirm().execute({ ...command, newPassword: 'password12' })).rejects.toMatchObject({ status: 400 });
    expect(await confirm().execute(command)).toEqual({ status: 'password_reset', tenantSlug: slug });
    const [user] = (await db.dataSource.query(
      `SELECT password_hash, must_change_password, credential_version FROM gateway.app_user WHERE id = $1`,
      [userId],
    )) as { password_hash: string; must_change_password: boolean; credential_version: number }[];
    expect(user).toMatchObject({ must_change_password: false, credential_version: 2 });
    expect(user.password_hash).toMatch(/^scrypt\$/);
    expect((await resetOf(userId))[0].used_at).toBeInstanceOf(Date);
    const audit = await readAudit(db.dataSource, 'gateway', 'gateway', id, { action: 'user.password_reset_by_mail' });
    expect(audit.map((e) => [e.actorId, e.subjectId])).toEqual([[userId, userId]]);
    await expect(confirm().execute(command)).rejects.toMatchObject(refused);
  });

  it('refuses an expired and an unknown link alike, and changes nothing', async () => {
    const { id, slug, userId, email } = await institute();
    await request().execute({ tenant: slug, email, locale: 'ko' });
    const token = tokenIn((await eventsOf(id))[0].resetPath);
    await db.dataSource.query(`UPDATE gateway.password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [userId]);
    const command = { token, newPassword: 'Harbour-Kite-7350', address: '198.51.100.7' };
    await expect(confirm().execute(command)).rejects.toMatchObject(refused);
    await expect(confirm().execute({ ...command, token: 'no-such-token' })).rejects.toMatchObject(refused);
    const [user] = (await db.dataSource.query(`SELECT password_hash, credential_version FROM gateway.app_user WHERE id = $1`, [
      userId,
    ])) as {
      password_hash: string;
      credential_version: number;
    }[];
    expect(user).toEqual({ password_hash: 'none', credential_version: 1 });
    expect(await readAudit(db.dataSource, 'gateway', 'gateway', id, {})).toEqual([]);
  });
});
