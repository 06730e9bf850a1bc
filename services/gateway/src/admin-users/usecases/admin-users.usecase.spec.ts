import { EventPublisher } from '@baeum/messaging';
import { AuthUser, MemoryCacheStore } from '@baeum/service-kit';
import { useSpecDatabase } from '@baeum/testing';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { GatewayEnv } from '../../config/env';
import { gatewayDatabase } from '../../database/settings';
import { SignInThrottle, addressRule } from '../../identity/sign-in-throttle';
import { AdminUsersQueries } from '../admin-users.queries';
import { CreateUserUseCase } from './create-user/create-user.usecase';
import { DisableUserUseCase } from './disable-user/disable-user.usecase';
import { EnableUserUseCase } from './enable-user/enable-user.usecase';
import { ResetUserPasswordUseCase } from './reset-user-password/reset-user-password.usecase';
import { SwitchRoleUseCase } from './switch-role/switch-role.usecase';
import { UnlockUserUseCase } from './unlock-user/unlock-user.usecase';
import { UpdateUserUseCase } from './update-user/update-user.usecase';

/** The guard rails of the administrator's work on users, against a real PostgreSQL (this spec's own database). */
const db = useSpecDatabase(gatewayDatabase(new GatewayEnv()));
const cache = new MemoryCacheStore();
const queries = () => new AdminUsersQueries(db.dataSource);
const publisher = new EventPublisher({ service: 'gateway', schema: 'gateway', serialiseWriters: false });
const create = () => new CreateUserUseCase(db.dataSource, queries(), cache, publisher);
const update = () => new UpdateUserUseCase(db.dataSource, queries(), cache, publisher);
const disable = () => new DisableUserUseCase(db.dataSource, queries(), cache, publisher);
const enable = () => new EnableUserUseCase(db.dataSource, queries(), cache, publisher);

/** An institute of its own with one administrator, as a signed-in caller. */
async function institute(): Promise<{ admin: AuthUser; slug: string }> {
  const tenantId = randomUUID();
  const slug = `spec-${tenantId.slice(0, 8)}`;
  await db.dataSource.query(`INSERT INTO gateway.tenant (id, slug, name_ko, name_en) VALUES ($1, $2, '시험 인재개발원', 'Spec HRD')`, [
    tenantId,
    slug,
  ]);
  const userId = randomUUID();
  // Made the way older accounts are: with one role only; the table fills `roles` with it.
  await db.dataSource.query(
    `INSERT INTO gateway.app_user (id, tenant_id, email, name, role, password_hash) VALUES ($1, $2, $3, '관리자', 'admin', 'none')`,
    [userId, tenantId, `admin-${userId.slice(0, 8)}@spec.example`],
  );
  return { admin: { userId, tenantId, role: 'admin', agencyCode: null, name: '관리자' }, slug };
}

const row = async (id: string) =>
  (
    (await db.dataSource.query(
      `SELECT role, roles, credential_version, disabled_at, must_change_password FROM gateway.app_user WHERE id = $1`,
      [id],
    )) as {
      role: string;
      roles: string[];
      credential_version: number;
      disabled_at: Date | null;
      must_change_password: boolean;
    }[]
  )[0];
const audit = async (tenantId: string) =>
  (await db.dataSource.query(`SELECT action, subject_id, before, after, actor_id FROM gateway.audit_log WHERE tenant_id = $1 ORDER BY id`, [
    tenantId,
  ])) as {
    action: string;
    subject_id: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    actor_id: string;
  }[];

describe("the administrator's users", () => {
  it('makes an account with a temporary password, roles in order with the primary first, and an audit entry without secrets', async () => {
    const { admin } = await institute();
    const made = await create().execute(admin, { email: 'Park@Spec.example', name: '박운영', roles: ['finance_officer', 'planner'] });
    expect(made.user).toMatchObject({
      email: 'park@spec.example',
      role: 'planner',
      roles: ['planner', 'finance_officer'],
      status: 'active',
      mustChangePassword: true,
    });
    expect(made.temporaryPassword.length).toBeGreaterThanOrEqual(12);
    const [entry] = await audit(admin.tenantId);
    expect(entry).toMatchObject({ action: 'user.created', subject_id: made.user.id, actor_id: admin.userId, before: null });
    expect(JSON.stringify(entry.after)).not.toMatch(/password|hash/i);
    expect((await row(admin.userId)).roles).toEqual(['admin']);
  });

  it('refuses an e-mail taken in the institute (409, field email) but not one of another institute', async () => {
    const one = await institute();
    const two = await institute();
    await create().execute(one.admin, { email: 'same@spec.example', name: '갑', roles: ['planner'] });
    await expect(create().execute(one.admin, { email: 'SAME@spec.example', name: '을', roles: ['planner'] })).rejects.toMatchObject({
      status: 409,
      response: { code: 'AUTH.EMAIL_TAKEN', field: 'email' },
    });
    await expect(create().execute(two.admin, { email: 'same@spec.example', name: '병', roles: ['planner'] })).resolves.toBeDefined();
  });

  it('asks an agency for agency roles and refuses roles it cannot give', async () => {
    const { admin } = await institute();
    await expect(create().execute(admin, { email: 'a@spec.example', name: '갑', roles: ['agency_admin'] })).rejects.toMatchObject({
      response: { errors: [{ field: 'agencyCode', code: 'VALIDATION.REQUIRED' }] },
    });
    await expect(create().execute(admin, { email: 'b@spec.example', name: '을', roles: ['trainee'] })).rejects.toMatchObject({
      response: { errors: [{ field: 'roles', code: 'ADMIN.ROLE_NOT_ASSIGNABLE' }] },
    });
    const made = await create().execute(admin, { email: 'c@spec.example', name: '병', roles: ['agency_admin'], agencyCode: 'MAPO-GU' });
    expect(made.user.agencyCode).toBe('MAPO-GU');
  });

  it('an administrator cannot disable themselves nor drop their own admin role', async () => {
    const { admin } = await institute();
    await expect(disable().execute(admin, admin.userId)).rejects.toMatchObject({ status: 409, response: { code: 'ADMIN.SELF_DISABLE' } });
    await expect(update().execute(admin, admin.userId, { roles: ['planner'] })).rejects.toMatchObject({
      status: 409,
      response: { code: 'ADMIN.SELF_DEMOTE', field: 'roles' },
    });
    expect(await row(admin.userId)).toMatchObject({ roles: ['admin'], disabled_at: null });
  });

  it("keeps the institute's last active administrator: neither disabled nor demoted, also when two admins demote each other at once", async () => {
    const { admin } = await institute();
    const other = await create().execute(admin, { email: 'second@spec.example', name: '부관리자', roles: ['admin'] });
    const otherCaller: AuthUser = { ...admin, userId: other.user.id, name: '부관리자' };
    const outcomes = await Promise.allSettled([
      update().execute(admin, other.user.id, { roles: ['planner'] }),
      update().execute(otherCaller, admin.userId, { roles: ['planner'] }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { response: { code: 'ADMIN.LAST_ADMIN' } } });
    const remaining = (await db.dataSource.query(
      `SELECT id FROM gateway.app_user WHERE tenant_id = $1 AND 'admin' = ANY (roles) AND disabled_at IS NULL`,
      [admin.tenantId],
    )) as { id: string }[];
    expect(remaining).toHaveLength(1);
    // The platform (not an administrator of the institute) cannot take the last one either.
    const platform: AuthUser = { ...admin, userId: randomUUID(), name: '플랫폼' };
    await expect(disable().execute(platform, remaining[0].id)).rejects.toMatchObject({ response: { code: 'ADMIN.LAST_ADMIN' } });
  });

  it("disabling and changing roles end the user's sessions; enabling does not bring old ones back; a name alone does not", async () => {
    const { admin } = await institute();
    const { user } = await create().execute(admin, { email: 'p@spec.example', name: '갑', roles: ['planner'] });
    const v1 = (await row(user.id)).credential_version;
    await update().execute(admin, user.id, { name: '갑순' });
    expect((await row(user.id)).credential_version).toBe(v1);
    await update().execute(admin, user.id, { roles: ['planner', 'course_manager'] });
    expect((await row(user.id)).credential_version).toBe(v1 + 1);
    expect((await disable().execute(admin, user.id)).status).toBe('disabled');
    expect((await row(user.id)).credential_version).toBe(v1 + 2);
    expect(await cache.get(`credentials:${user.id}`)).toBe('disabled');
    expect((await enable().execute(admin, user.id)).status).toBe('active');
    expect((await row(user.id)).credential_version).toBe(v1 + 2);
    expect((await audit(admin.tenantId)).map((e) => e.action)).toEqual([
      'user.created',
      'user.changed',
      'user.changed',
      'user.disabled',
      'user.enabled',
    ]);
    // Each change announced the whole contact, in order, for the notification service's directory.
    const announced = (await db.dataSource.query(
      `SELECT envelope->'payload' AS p FROM gateway.outbox WHERE type = 'identity.user.changed' AND key = $1 ORDER BY seq`,
      [user.id],
    )) as { p: { name: string; email: string; roles: string[]; active: boolean } }[];
    expect(announced.map(({ p }) => [p.name, p.roles, p.active])).toEqual([
      ['갑', ['planner'], true],
      ['갑순', ['planner'], true],
      ['갑순', ['planner', 'course_manager'], true],
      ['갑순', ['planner', 'course_manager'], false],
      ['갑순', ['planner', 'course_manager'], true],
    ]);
    expect(announced[0].p.email).toBe('p@spec.example');
  });

  it("never reaches another institute's users", async () => {
    const one = await institute();
    const two = await institute();
    const { user } = await create().execute(two.admin, { email: 'x@spec.example', name: '타기관', roles: ['planner'] });
    const unknown = { status: 404, response: { code: 'AUTH.USER_UNKNOWN' } };
    await expect(disable().execute(one.admin, user.id)).rejects.toMatchObject(unknown);
    await expect(update().execute(one.admin, user.id, { name: '바꿈' })).rejects.toMatchObject(unknown);
    await expect(new ResetUserPasswordUseCase(db.dataSource, queries(), cache).execute(one.admin, user.id)).rejects.toMatchObject(unknown);
    const page = await queries().page(one.admin.tenantId, { q: '타기관' });
    expect(page.total).toBe(0);
    expect(await audit(one.admin.tenantId)).toEqual([]);
  });

  it('a reset gives a new temporary password to change at next sign-in; an unlock ends the sign-in delays from every address', async () => {
    const { admin, slug } = await institute();
    const { user } = await create().execute(admin, { email: 'locked@spec.example', name: '갑', roles: ['planner'] });
    await db.dataSource.query(`UPDATE gateway.app_user SET must_change_password = false WHERE id = $1`, [user.id]);
    const reset = await new ResetUserPasswordUseCase(db.dataSource, queries(), cache).execute(admin, user.id);
    expect(reset.temporaryPassword).toBeTruthy();
    expect((await row(user.id)).must_change_password).toBe(true);

    const throttle = new SignInThrottle(cache, addressRule(100));
    const attempt = { address: '203.0.113.9', tenant: slug, email: 'locked@spec.example' };
    for (let i = 0; i < 6; i++) await throttle.failed(attempt);
    await expect(throttle.check(attempt)).rejects.toMatchObject({ status: 429 });
    await new UnlockUserUseCase(db.dataSource, queries(), cache).execute(admin, user.id);
    await expect(throttle.check(attempt)).resolves.toBeUndefined();
    expect((await audit(admin.tenantId)).map((e) => e.action)).toEqual(['user.created', 'user.password_reset', 'user.unlocked']);
  });

  it('switches only to a role the user holds', async () => {
    const { admin } = await institute();
    const { user } = await create().execute(admin, { email: 's@spec.example', name: '갑', roles: ['planner', 'exam_officer'] });
    const jwt = new JwtService({ secret: 'spec-secret-0123456789abcdef0123456789' });
    const switchRole = new SwitchRoleUseCase(db.dataSource, queries(), jwt);
    const caller: AuthUser = { userId: user.id, tenantId: admin.tenantId, role: 'planner', agencyCode: null, name: '갑' };
    const session = await switchRole.execute(caller, 'exam_officer');
    expect(session.user).toMatchObject({ role: 'exam_officer', roles: ['planner', 'exam_officer'] });
    expect(jwt.decode<{ role: string }>(session.accessToken).role).toBe('exam_officer');
    await expect(switchRole.execute(caller, 'admin')).rejects.toMatchObject({ status: 403, response: { code: 'AUTH.ROLE_NOT_HELD' } });
  });
});
