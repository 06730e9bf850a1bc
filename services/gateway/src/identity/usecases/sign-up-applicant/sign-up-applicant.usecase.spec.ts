import { EventPublisher } from '@baeum/messaging';
import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { GatewayEnv } from '../../../config/env';
import { gatewayDatabase } from '../../../database/settings';
import { SignUpQueries, tokenHash } from '../../sign-up.queries';
import { SignUpApplicantCommand, SignUpApplicantUseCase } from './sign-up-applicant.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has an institute of its own. */
const db = useSpecDatabase(gatewayDatabase(new GatewayEnv()));
const useCase = () =>
  new SignUpApplicantUseCase(
    db.dataSource,
    new SignUpQueries(db.dataSource),
    new EventPublisher({ service: 'gateway', schema: 'gateway', serialiseWriters: false }),
  );
const PASSWORD = 'Lantern-Walk-4821';

async function institute(): Promise<{ id: string; slug: string; command: SignUpApplicantCommand }> {
  const id = randomUUID();
  const slug = `spec-${id.slice(0, 8)}`;
  await db.dataSource.query(`INSERT INTO gateway.tenant (id, slug, name_ko, name_en) VALUES ($1, $2, '시험 인재개발원', 'Spec HRD')`, [
    id,
    slug,
  ]);
  return {
    id,
    slug,
    command: { tenant: slug, email: `Kim-${id.slice(0, 8)}@Example.com`, password: PASSWORD, name: '김응시', locale: 'ko' },
  };
}

const eventsOf = async (tenantId: string) =>
  (
    (await db.dataSource.query(`SELECT type, envelope FROM gateway.outbox WHERE envelope->>'tenantId' = $1 ORDER BY seq`, [tenantId])) as {
      type: string;
      envelope: { payload: Record<string, string> };
    }[]
  ).map((r): Record<string, string> => ({ type: r.type, ...r.envelope.payload }));
const userOf = async (tenantId: string) =>
  (await db.dataSource.query(`SELECT id, name, password_hash, verified_at FROM gateway.app_user WHERE tenant_id = $1`, [tenantId])) as {
    id: string;
    name: string;
    password_hash: string;
    verified_at: Date | null;
  }[];
const linkOf = async (userId: string) =>
  (await db.dataSource.query(`SELECT token_hash, expires_at FROM gateway.sign_up_verification WHERE user_id = $1`, [userId])) as {
    token_hash: string;
    expires_at: Date;
  }[];
const tokenIn = (verifyPath: string) => new URLSearchParams(verifyPath.split('?')[1]).get('token')!;

describe('SignUpApplicantUseCase', () => {
  it('makes an unverified applicant of a new address and mails a one-time link valid for 24 hours', async () => {
    const { id, slug, command } = await institute();
    expect(await useCase().execute(command)).toEqual({ status: 'verification_sent', email: command.email.toLowerCase() });
    const [user] = await userOf(id);
    expect(user).toMatchObject({ name: '김응시', verified_at: null });
    const [event] = await eventsOf(id);
    expect(event).toMatchObject({
      type: 'identity.sign_up.verification_requested',
      userId: user.id,
      email: command.email.toLowerCase(),
      tenantSlug: slug,
      tenantName: '시험 인재개발원',
      locale: 'ko',
    });
    const token = tokenIn(event.verifyPath);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(32);
    const [link] = await linkOf(user.id);
    // Only the hash is kept.
    expect(link.token_hash).toBe(tokenHash(token));
    expect(link.token_hash).not.toContain(token);
    const hours = (link.expires_at.getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(23);
    expect(hours).toBeLessThanOrEqual(24);
  });

  it('answers a known, verified address the same, changes nothing and tells the owner', async () => {
    const { id, command } = await institute();
    await useCase().execute(command);
    await db.dataSource.query(`UPDATE gateway.app_user SET verified_at = now() WHERE tenant_id = $1`, [id]);
    const [before] = await userOf(id);
    const again = await useCase().execute({ ...command, password: 'Another-Path-7391', name: '남의이름', locale: 'en' });
    expect(again).toEqual({ status: 'verification_sent', email: command.email.toLowerCase() });
    expect(await userOf(id)).toEqual([before]);
    const events = await eventsOf(id);
    expect(events.map((e) => e.type)).toEqual(['identity.sign_up.verification_requested', 'identity.sign_up.repeated']);
    expect(events[1]).toMatchObject({ userId: before.id, name: '김응시', tenantName: 'Spec HRD', signInPath: '/login', locale: 'en' });
  });

  it('sends an unverified address a new link, which ends the old one; the name and password stay', async () => {
    const { id, command } = await institute();
    await useCase().execute(command);
    const [before] = await userOf(id);
    const [first] = await linkOf(before.id);
    await useCase().execute({ ...command, password: 'Another-Path-7391', name: '남의이름' });
    expect(await userOf(id)).toEqual([before]);
    const [second] = await linkOf(before.id);
    expect(second.token_hash).not.toBe(first.token_hash);
    const events = await eventsOf(id);
    expect(events.map((e) => e.type)).toEqual(['identity.sign_up.verification_requested', 'identity.sign_up.verification_requested']);
    expect(tokenHash(tokenIn(events[1].verifyPath))).toBe(second.token_hash);
  });

  it('refuses an unknown institute and a weak password, and makes nothing', async () => {
    const { id, command } = await institute();
    await expect(useCase().execute({ ...command, tenant: 'no-such-institute' })).rejects.toMatchObject({
      response: { code: 'AUTH.INSTITUTE_UNKNOWN', field: 'tenant' },
    });
    // The platform's own tenant holds operators only (ADR 0014).
    await expect(useCase().execute({ ...command, tenant: 'platform' })).rejects.toMatchObject({
      response: { code: 'AUTH.INSTITUTE_UNKNOWN', field: 'tenant' },
    });
    await expect(useCase().execute({ ...command, password: 'password12' })).rejects.toMatchObject({ status: 400 });
    expect(await userOf(id)).toEqual([]);
    expect(await eventsOf(id)).toEqual([]);
  });
});
