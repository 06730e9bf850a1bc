import { DemoTenants } from '@baeum/source-data';
import { ApiClient, clientAs, eventually, ServiceStack } from '@baeum/testing';
import { randomUUID } from 'node:crypto';

/**
 * The institute administrator's users and audit log (issue 13, item 1) over the real stack: accounts
 * made with a temporary password, several roles and the switch between them, tokens that stop when
 * an account is disabled or its roles change, the guard rails, the unlock of sign-in delays, the
 * audit log and its files, and two institutes that never see or touch each other's users or entries.
 */
let stack: ServiceStack;
let anonymous: ApiClient;
let admin: ApiClient;
/** An administrator of the second institute (sejong-edu): an invented person whose name starts like a formula. */
let otherAdmin: ApiClient;
let run: string;
const DEMO_PASSWORD = 'Baeum!2022';
const STRONG = 'Lantern-Walk-4821';
const ADMIN_ID = 'a0000000-0000-4000-8000-000000000001';

beforeAll(async () => {
  stack = await ServiceStack.start();
  anonymous = new ApiClient(stack.gatewayUrl);
  admin = await anonymous.signIn('seoul-hrd', 'admin@seoul-hrd.example', DEMO_PASSWORD);
  otherAdmin = clientAs(stack.gatewayUrl, { role: 'admin', tenantId: DemoTenants.sejong.id, name: '=HYPERLINK("x")' });
  run = `${stack.runId}${randomUUID().slice(0, 4)}`;
}, 240_000);

afterAll(async () => {
  await stack?.stop();
});

const patch = (client: ApiClient, path: string, body: unknown) => client.request('PATCH', path, body);

/** A new account made by the demo administrator, signed in with its own password (the temporary one replaced). */
async function staffMember(label: string, roles: string[], extra: Record<string, unknown> = {}) {
  const email = `${label}-${run}@seoul-hrd.example`;
  const made = await admin.post('/api/admin/users', { email, name: `${label} 직원`, roles, ...extra });
  expect(made.status).toBe(201);
  const temporary = await anonymous.signIn('seoul-hrd', email, made.body.temporaryPassword);
  expect((await temporary.get('/api/me')).body).toMatchObject({ mustChangePassword: true });
  const changed = await temporary.post('/api/me/password', { currentPassword: made.body.temporaryPassword, newPassword: STRONG });
  expect(changed.status).toBe(200);
  return { id: made.body.user.id as string, email, client: anonymous.withToken(changed.body.accessToken), session: changed.body };
}

describe('users of the institute', () => {
  it('makes an account of several roles: sign-in acts in the primary, the switch in another of its own only', async () => {
    const { client, session } = await staffMember('multi', ['exam_officer', 'planner']);
    expect(session.user).toMatchObject({ role: 'planner', roles: ['planner', 'exam_officer'] });
    const switched = await client.post('/api/auth/switch-role', { role: 'exam_officer' });
    expect(switched.status).toBe(200);
    expect(switched.body.user).toMatchObject({ role: 'exam_officer', roles: ['planner', 'exam_officer'] });
    const asOfficer = anonymous.withToken(switched.body.accessToken);
    expect((await asOfficer.get('/api/me')).body.role).toBe('exam_officer');
    expect((await asOfficer.get('/api/exam/exams')).status).toBe(200);
    const refused = await client.post('/api/auth/switch-role', { role: 'admin' });
    expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.ROLE_NOT_HELD']);
    const bad = await client.post('/api/auth/switch-role', { role: 'king' });
    expect([bad.status, bad.body.errors?.[0]?.field]).toEqual([400, 'role']);
  });

  it("stops the user's tokens when their roles change or the account is disabled; an enabled account signs in again", async () => {
    const { id, email, client } = await staffMember('revoked', ['planner', 'course_manager']);
    expect((await client.get('/api/me')).status).toBe(200);

    const changed = await patch(admin, `/api/admin/users/${id}`, { roles: ['planner'] });
    expect([changed.status, changed.body.roles]).toEqual([200, ['planner']]);
    const stale = await client.get('/api/me');
    expect([stale.status, stale.body.code]).toEqual([401, 'AUTH.TOKEN_INVALID']);

    const again = await anonymous.signIn('seoul-hrd', email, STRONG);
    expect((await again.get('/api/me')).body).toMatchObject({ role: 'planner', roles: ['planner'] });
    const disabled = await admin.post(`/api/admin/users/${id}/disable`, {});
    expect([disabled.status, disabled.body.status]).toEqual([200, 'disabled']);
    expect((await again.get('/api/me')).status).toBe(401);
    const refused = await anonymous.post('/api/auth/login', { tenant: 'seoul-hrd', email, password: STRONG });
    expect([refused.status, refused.body.code]).toEqual([401, 'AUTH.BAD_CREDENTIALS']);

    expect((await admin.post(`/api/admin/users/${id}/enable`, {})).body.status).toBe('active');
    expect((await again.get('/api/me')).status).toBe(401);
    await anonymous.signIn('seoul-hrd', email, STRONG);
  });

  it('a reset password must be changed at next sign-in, and the old sessions end', async () => {
    const { id, email, client } = await staffMember('reset', ['finance_officer']);
    const reset = await admin.post(`/api/admin/users/${id}/reset-password`, {});
    expect(reset.status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(401);
    const temporary = await anonymous.signIn('seoul-hrd', email, reset.body.temporaryPassword);
    expect((await temporary.get('/api/me')).body.mustChangePassword).toBe(true);
    expect((await temporary.get('/api/finance/books')).body.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED');
  });

  it('an unlock lifts the sign-in delays wrong passwords put on the account', async () => {
    const { id, email } = await staffMember('locked', ['planner']);
    const tryWith = (password: string) => anonymous.post('/api/auth/login', { tenant: 'seoul-hrd', email, password });
    // Wrong passwords until the account must wait (each delay is longer than the one before).
    let status = 0;
    for (let i = 0; i < 40 && status !== 429; i++) status = (await tryWith('Wrong-Password-1')).status;
    expect(status).toBe(429);
    expect((await admin.post(`/api/admin/users/${id}/unlock`, {})).status).toBe(200);
    expect((await tryWith(STRONG)).status).toBe(200);
  });

  it('keeps the guard rails: not oneself, one account per e-mail, coded input errors', async () => {
    const self = await admin.post(`/api/admin/users/${ADMIN_ID}/disable`, {});
    expect([self.status, self.body.code]).toEqual([409, 'ADMIN.SELF_DISABLE']);
    const demote = await patch(admin, `/api/admin/users/${ADMIN_ID}`, { roles: ['planner'] });
    expect([demote.status, demote.body.code, demote.body.field]).toEqual([409, 'ADMIN.SELF_DEMOTE', 'roles']);

    const email = `dup-${run}@seoul-hrd.example`;
    expect((await admin.post('/api/admin/users', { email, name: '중복', roles: ['planner'] })).status).toBe(201);
    const twice = await admin.post('/api/admin/users', { email: email.toUpperCase(), name: '중복2', roles: ['planner'] });
    expect([twice.status, twice.body.code, twice.body.field]).toEqual([409, 'AUTH.EMAIL_TAKEN', 'email']);

    const bad = await admin.post('/api/admin/users', { email: 'not-an-address', name: '', roles: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'name', 'roles']);
    const agency = await admin.post('/api/admin/users', { email: `ag-${run}@x.example`, name: '기관', roles: ['agency_admin'] });
    expect(agency.body.errors).toEqual([expect.objectContaining({ field: 'agencyCode', code: 'VALIDATION.REQUIRED' })]);
    const planner = await anonymous.signIn('seoul-hrd', 'planner@seoul-hrd.example', DEMO_PASSWORD);
    expect((await planner.get('/api/admin/users')).status).toBe(403);
    expect((await planner.get('/api/admin/audit')).status).toBe(403);
  });

  it('lists by words, role and status, a page at a time', async () => {
    await staffMember('listed', ['assessor']);
    const found = await admin.get(`/api/admin/users?q=listed-${run}&role=assessor&status=active`);
    expect(found.body).toMatchObject({ total: 1, page: 1, items: [{ email: `listed-${run}@seoul-hrd.example`, roles: ['assessor'] }] });
    const none = await admin.get(`/api/admin/users?q=listed-${run}&role=admin`);
    expect(none.body.total).toBe(0);
    const paged = await admin.get('/api/admin/users?pageSize=2&page=2');
    expect(paged.body.items).toHaveLength(2);
    expect((await admin.get('/api/admin/users?status=sleeping')).status).toBe(400);
  });
});

describe('two institutes', () => {
  it("an administrator never sees nor touches another institute's users or audit entries", async () => {
    const { id, email } = await staffMember('isolated', ['planner']);
    const seen = await otherAdmin.get(`/api/admin/users?q=${encodeURIComponent(email)}`);
    expect([seen.status, seen.body.total]).toEqual([200, 0]);
    for (const attempt of [
      otherAdmin.post(`/api/admin/users/${id}/disable`, {}),
      otherAdmin.post(`/api/admin/users/${id}/reset-password`, {}),
      otherAdmin.post(`/api/admin/users/${id}/unlock`, {}),
      patch(otherAdmin, `/api/admin/users/${id}`, { name: '탈취' }),
    ]) {
      const answer = await attempt;
      expect([answer.status, answer.body.code]).toEqual([404, 'AUTH.USER_UNKNOWN']);
    }
    expect((await admin.get(`/api/admin/users?q=${encodeURIComponent(email)}`)).body.items[0]).toMatchObject({
      name: 'isolated 직원',
      status: 'active',
    });
    // The same address is free in the other institute.
    const there = await otherAdmin.post('/api/admin/users', { email, name: '세종 직원', roles: ['course_manager'] });
    expect(there.status).toBe(201);
    const theirLog = await otherAdmin.get('/api/admin/audit');
    expect(theirLog.body.map((e: { subjectId: string }) => e.subjectId)).toEqual([there.body.user.id]);
    const ourLog = await admin.get(`/api/admin/audit?q=${encodeURIComponent(email)}`);
    expect(ourLog.body.map((e: { subjectId: string }) => e.subjectId)).not.toContain(there.body.user.id);
  });
});

describe('the audit log', () => {
  it('records who changed what, before and after without secrets, newest first; filtered and exported as xlsx and CSV', async () => {
    const { id, email } = await staffMember('audited', ['planner']);
    await patch(admin, `/api/admin/users/${id}`, { roles: ['planner', 'course_manager'], name: '감사 대상' });
    await admin.post(`/api/admin/users/${id}/disable`, {});
    await admin.post(`/api/admin/users/${id}/reset-password`, {});

    const log = await admin.get(`/api/admin/audit?q=${encodeURIComponent(email)}`);
    expect(log.status).toBe(200);
    expect(log.body.map((e: { action: string }) => e.action)).toEqual([
      'user.password_reset',
      'user.disabled',
      'user.changed',
      'user.created',
    ]);
    expect(log.body[2]).toMatchObject({
      service: 'gateway',
      actorId: ADMIN_ID,
      actorName: '관리자',
      actorRole: 'admin',
      subjectType: 'user',
      subjectId: id,
      before: { name: 'audited 직원', roles: ['planner'] },
      after: { name: '감사 대상', roles: ['planner', 'course_manager'] },
    });
    expect(JSON.stringify(log.body)).not.toMatch(/password_hash|passwordHash|temporaryPassword|Lantern/);

    const disabledOnly = await admin.get(`/api/admin/audit?action=user.disabled&q=${encodeURIComponent(email)}`);
    expect(disabledOnly.body).toEqual([
      expect.objectContaining({ action: 'user.disabled', before: expect.objectContaining({ status: 'active' }) }),
    ]);
    const today = new Date().toLocaleString('sv-SE', { timeZone: 'Asia/Seoul' }).slice(0, 10);
    expect((await admin.get(`/api/admin/audit?from=2000-01-01&to=2000-12-31&q=${encodeURIComponent(email)}`)).body).toEqual([]);
    expect((await admin.get(`/api/admin/audit?from=${today}&to=${today}&q=${encodeURIComponent(email)}`)).body).toHaveLength(4);
    const bad = await admin.get('/api/admin/audit?from=yesterday&limit=0');
    expect([bad.status, bad.body.errors.map((e: { field: string }) => e.field).sort()]).toEqual([400, ['from', 'limit']]);

    const xlsx = await admin.raw(`/api/admin/audit/export?format=xlsx&q=${encodeURIComponent(email)}`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    // The other institute's administrator is named like a formula: the CSV keeps it as text.
    await otherAdmin.post('/api/admin/users', { email: `csv-${run}@sejong.example`, name: '세종', roles: ['planner'] });
    const csv = await otherAdmin.raw('/api/admin/audit/export?format=csv');
    const text = await csv.text();
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).not.toContain(email);
  });
});

describe("the notification service's contacts and delivery log", () => {
  const contact = (email: string) =>
    stack.query('notification', `SELECT name, roles, active, tenant_id FROM notification.contact WHERE email = $1`, [email]);

  it('has every demo user, and follows the users the administrator makes, changes and disables', async () => {
    await eventually(async () => (await contact('finance@seoul-hrd.example'))[0]?.roles?.includes('finance_officer'), {
      timeoutMs: 60000,
      what: 'the demo finance officer as a contact',
    });
    expect(await contact('manager@sejong-edu.example')).toEqual([
      expect.objectContaining({ tenant_id: DemoTenants.sejong.id, active: true }),
    ]);
    const email = `contact-${run}@seoul-hrd.example`;
    const made = await admin.post('/api/admin/users', { email, name: '연락 직원', roles: ['finance_officer'] });
    expect(made.status).toBe(201);
    await admin.request('PATCH', `/api/admin/users/${made.body.user.id}`, { name: '연락처 직원' });
    await admin.post(`/api/admin/users/${made.body.user.id}/disable`, {});
    await eventually(async () => (await contact(email))[0]?.active === false, { timeoutMs: 60000, what: 'the disabled contact' });
    expect(await contact(email)).toEqual([
      { name: '연락처 직원', roles: ['finance_officer'], active: false, tenant_id: DemoTenants.seoul.id },
    ]);
  });

  it("answers the administrator's delivery log through the gateway, and no one else's", async () => {
    const log = await admin.get('/api/admin/deliveries?status=sent&pageSize=5');
    expect(log.status).toBe(200);
    expect(log.body).toMatchObject({ page: 1, pageSize: 5, total: expect.any(Number), items: expect.any(Array) });
    expect((await admin.get('/api/admin/deliveries?status=lost')).status).toBe(400);
    const planner = await anonymous.signIn('seoul-hrd', 'planner@seoul-hrd.example', DEMO_PASSWORD);
    expect((await planner.get('/api/admin/deliveries')).status).toBe(403);
  });
});
