import { PLATFORM_TENANT } from '@baeum/api';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser, CodedException, MemoryCacheStore } from '@baeum/service-kit';
import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { GatewayEnv } from '../../config/env';
import { gatewayDatabase } from '../../database/settings';
import { PasswordResetQueries } from '../../identity/password-reset.queries';
import { tokenHash } from '../../identity/sign-up.queries';
import { InstitutesQueries } from '../institutes.queries';
import { CreateInstituteUseCase, FIRST_ADMIN_LINK_TTL_MS } from './create-institute/create-institute.usecase';
import { DeactivateInstituteUseCase } from './deactivate-institute/deactivate-institute.usecase';
import { ReactivateInstituteUseCase } from './reactivate-institute/reactivate-institute.usecase';

/** The platform operator's work on institutes, against a real PostgreSQL (this spec's own database). */
const db = useSpecDatabase(gatewayDatabase(new GatewayEnv()));
const cache = new MemoryCacheStore();
const queries = () => new InstitutesQueries(db.dataSource);
const create = () =>
  new CreateInstituteUseCase(
    db.dataSource,
    queries(),
    new PasswordResetQueries(db.dataSource),
    new EventPublisher({ service: 'gateway', schema: 'gateway', serialiseWriters: false }),
  );
const publisher = () => new EventPublisher({ service: 'gateway', schema: 'gateway', serialiseWriters: false });
const deactivate = () => new DeactivateInstituteUseCase(db.dataSource, queries(), publisher(), cache);
const reactivate = () => new ReactivateInstituteUseCase(db.dataSource, queries(), publisher());
const operator: AuthUser = {
  userId: randomUUID(),
  tenantId: PLATFORM_TENANT.id,
  role: 'platform_operator',
  agencyCode: null,
  name: '운영자',
};

const newInstitute = (extra: Record<string, string> = {}) => {
  const code = `spec-${randomUUID().slice(0, 8)}`;
  return { code, nameKo: '시험 인재개발원', nameEn: 'Spec HRD', adminName: '김관리', adminEmail: `Admin@${code}.example`, ...extra };
};
const refusal = async (promise: Promise<unknown>) => {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as CodedException | undefined;
  return error && [error.getStatus(), (error.getResponse() as { code: string; field?: string }).code];
};
const audit = async (tenantId: string) =>
  (await db.dataSource.query(
    `SELECT action, subject_type, subject_id, actor_id, after FROM gateway.audit_log WHERE tenant_id = $1 ORDER BY id`,
    [tenantId],
  )) as { action: string; subject_type: string; subject_id: string; actor_id: string; after: Record<string, unknown> }[];

describe('CreateInstituteUseCase', () => {
  it('makes the institute and its administrator, whose only way in is the mailed link, and logs both in the right institute', async () => {
    const body = newInstitute();
    const made = await create().execute(operator, body);
    expect(made.institute).toMatchObject({
      code: body.code,
      nameKo: '시험 인재개발원',
      nameEn: 'Spec HRD',
      status: 'active',
      users: 1,
      admins: 1,
    });
    expect(made.admin).toMatchObject({ email: body.adminEmail.toLowerCase(), name: '김관리' });
    const hours = (Date.parse(made.admin.linkExpiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(FIRST_ADMIN_LINK_TTL_MS / 3600_000 - 1);

    const [user] = await db.dataSource.query(
      `SELECT tenant_id, role, roles, must_change_password, verified_at FROM gateway.app_user WHERE id = $1`,
      [made.admin.id],
    );
    expect(user).toMatchObject({ tenant_id: made.institute.id, role: 'admin', roles: ['admin'], must_change_password: false });
    expect(user.verified_at).not.toBeNull();

    const events = await db.dataSource.query(`SELECT type, envelope FROM gateway.outbox WHERE envelope->>'tenantId' = $1`, [
      made.institute.id,
    ]);
    expect(events.map((e: { type: string }) => e.type).sort()).toEqual(['identity.password_reset.requested', 'identity.user.changed']);
    // The notification service's contacts hear of the new administrator.
    const contact = events.find((e: { type: string }) => e.type === 'identity.user.changed');
    expect(contact.envelope.payload).toMatchObject({ userId: made.admin.id, email: made.admin.email, roles: ['admin'], active: true });
    const event = events.find((e: { type: string }) => e.type === 'identity.password_reset.requested');
    expect(event.envelope.payload).toMatchObject({ userId: made.admin.id, email: made.admin.email, tenantSlug: body.code });
    const token = new URLSearchParams(String(event.envelope.payload.resetPath).split('?')[1]).get('token')!;
    expect(await new PasswordResetQueries(db.dataSource).standing(tokenHash(token))).toEqual({
      userId: made.admin.id,
      tenantId: made.institute.id,
    });

    expect((await audit(PLATFORM_TENANT.id)).filter((e) => e.subject_id === made.institute.id)).toEqual([
      expect.objectContaining({ action: 'institute.created', subject_type: 'institute', actor_id: operator.userId }),
    ]);
    expect(await audit(made.institute.id)).toEqual([
      expect.objectContaining({ action: 'user.created', subject_id: made.admin.id, actor_id: operator.userId }),
    ]);
  });

  it('refuses a code in use, and the platform’s own, with PLATFORM.INSTITUTE_CODE_TAKEN; also two creations of one code at once', async () => {
    const body = newInstitute();
    await create().execute(operator, body);
    expect(await refusal(create().execute(operator, newInstitute({ code: body.code })))).toEqual([409, 'PLATFORM.INSTITUTE_CODE_TAKEN']);
    expect(await refusal(create().execute(operator, newInstitute({ code: PLATFORM_TENANT.slug })))).toEqual([
      409,
      'PLATFORM.INSTITUTE_CODE_TAKEN',
    ]);
    const twin = newInstitute();
    const results = await Promise.allSettled([create().execute(operator, twin), create().execute(operator, twin)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect((rejected.reason as CodedException).getResponse()).toMatchObject({ code: 'PLATFORM.INSTITUTE_CODE_TAKEN', field: 'code' });
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM gateway.tenant WHERE slug = $1`, [twin.code]);
    expect(n).toBe(1);
  });
});

describe('DeactivateInstituteUseCase and ReactivateInstituteUseCase', () => {
  it("stops every token of the institute's people at once and lets them back after reactivation; the platform tenant is no institute", async () => {
    const made = await create().execute(operator, newInstitute());
    const [before] = await db.dataSource.query(`SELECT credential_version FROM gateway.app_user WHERE id = $1`, [made.admin.id]);
    const off = await deactivate().execute(operator, made.institute.id);
    expect(off.status).toBe('inactive');
    const [after] = await db.dataSource.query(`SELECT credential_version FROM gateway.app_user WHERE id = $1`, [made.admin.id]);
    expect(after.credential_version).toBe(before.credential_version + 1);
    expect(await cache.get(`credentials:${made.admin.id}`)).toBe(`v${after.credential_version}`);
    // Twice is once.
    expect((await deactivate().execute(operator, made.institute.id)).status).toBe('inactive');
    expect((await reactivate().execute(operator, made.institute.id)).status).toBe('active');
    const actions = (await audit(PLATFORM_TENANT.id)).filter((e) => e.subject_id === made.institute.id).map((e) => e.action);
    expect(actions).toEqual(['institute.created', 'institute.deactivated', 'institute.reactivated']);
    // The notification service hears each time: nobody of a stopped institute is told anything, and afterwards as before.
    const announced = await db.dataSource.query(
      `SELECT envelope->'payload'->>'active' AS active FROM gateway.outbox
        WHERE type = 'identity.user.changed' AND envelope->'payload'->>'userId' = $1 ORDER BY seq`,
      [made.admin.id],
    );
    expect(announced.map((e: { active: string }) => e.active)).toEqual(['true', 'false', 'true']);

    expect(await refusal(deactivate().execute(operator, PLATFORM_TENANT.id))).toEqual([404, 'PLATFORM.INSTITUTE_UNKNOWN']);
    expect(await refusal(reactivate().execute(operator, randomUUID()))).toEqual([404, 'PLATFORM.INSTITUTE_UNKNOWN']);
    expect((await queries().list()).map((i) => i.code)).not.toContain(PLATFORM_TENANT.slug);
  });
});
