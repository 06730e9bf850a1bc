import { ApiClient, resetMail, ServiceStack, TestSmtpServer } from '@baeum/testing';
import { randomUUID } from 'node:crypto';

/**
 * The platform operator (issue 13, item 1, ADR 0014) over the real stack, a real SMTP server included: the
 * operator creates an institute and its first administrator, who sets a password by the mailed link and
 * runs that institute alone (its settings, an agency, a user), from an institute with no rows anywhere
 * yet; no other institute's administrator sees it; the operator reads no institute's courses, exams,
 * budget or people; a deactivated institute's people cannot sign in and their sessions end; bad input
 * answers coded errors naming the field.
 */
let smtp: TestSmtpServer;
let stack: ServiceStack;
let anonymous: ApiClient;
let operator: ApiClient;
let seoulAdmin: ApiClient;
let run: string;
const DEMO_PASSWORD = 'Baeum!2022';
const STRONG = 'Lantern-Walk-4821';

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  stack = await ServiceStack.start({ env: { notification: { SMTP_URL: smtp.url, MAIL_FROM: '배움 Baeum <no-reply@baeum.test>' } } });
  anonymous = new ApiClient(stack.gatewayUrl);
  operator = await anonymous.signIn('platform', 'operator@baeum.example', DEMO_PASSWORD);
  seoulAdmin = await anonymous.signIn('seoul-hrd', 'admin@seoul-hrd.example', DEMO_PASSWORD);
  run = `${stack.runId}${randomUUID().slice(0, 4)}`.toLowerCase().replace(/[^a-z0-9]/g, '');
}, 300_000);

afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
});

/** A new institute by the operator, and its administrator signed in with the password they set by the mailed link. */
async function newInstitute(label: string) {
  const code = `${label}-${run}`;
  const adminEmail = `admin@${code}.example`;
  const made = await operator.post('/api/platform/institutes', {
    code,
    nameKo: `${label} 인재개발원`,
    nameEn: `${label} HRD Institute`,
    adminName: '김개설',
    adminEmail,
  });
  expect(made.status).toBe(201);
  const { mail, token } = await resetMail(smtp, adminEmail);
  expect(mail.text).toContain(`/password-reset/confirm?token=${token}`);
  const set = await anonymous.post('/api/auth/password-reset/confirm', { token, newPassword: STRONG });
  expect(set).toEqual({ status: 200, body: { status: 'password_reset', tenantSlug: code } });
  const admin = await anonymous.signIn(code, adminEmail, STRONG);
  return { code, adminEmail, id: made.body.institute.id as string, adminId: made.body.admin.id as string, made: made.body, admin };
}

it('creates an institute whose first administrator sets a password by mail and runs it from nothing: settings, an agency, a user', async () => {
  const { code, made, admin } = await newInstitute('busan');
  expect(made.institute).toMatchObject({ code, nameKo: 'busan 인재개발원', status: 'active', users: 1, admins: 1 });
  expect(made).not.toHaveProperty('temporaryPassword');

  const me = await admin.get('/api/me');
  expect(me.body).toMatchObject({ role: 'admin', tenantSlug: code, tenantName: 'busan 인재개발원', mustChangePassword: false });

  // 기관 설정 of an institute curriculum has never heard of: its defaults, under the institute's own names.
  const settings = await admin.get('/api/admin/settings');
  expect(settings.status).toBe(200);
  expect(settings.body).toMatchObject({ nameKo: 'busan 인재개발원', nameEn: 'busan HRD Institute', logo: null, seal: null });
  const changed = await admin.request('PUT', '/api/admin/settings', { holidays: [{ date: '2027-01-04', name: '개원 기념일' }] });
  expect(changed.status).toBe(200);

  expect((await admin.get('/api/admin/agencies')).body).toEqual([]);
  const agency = await admin.post('/api/admin/agencies', {
    code: 'HAEUNDAE-GU',
    nameKo: '해운대구청',
    nameEn: 'Haeundae-gu Office',
    kind: 'district',
    defaultQuota: 3,
  });
  expect(agency.status).toBe(201);
  expect((await admin.get('/api/admin/agencies')).body.map((a: { code: string }) => a.code)).toEqual(['HAEUNDAE-GU']);

  const user = await admin.post('/api/admin/users', { email: `planner@${code}.example`, name: '박기획', roles: ['planner'] });
  expect(user.status).toBe(201);
  const users = await admin.get('/api/admin/users');
  expect(users.body.items.map((u: { email: string }) => u.email).sort()).toEqual([`admin@${code}.example`, `planner@${code}.example`]);
  expect((await admin.get('/api/courses')).body).toEqual([]);

  // Its audit log starts with who made its administrator: the operator.
  const log = await admin.get('/api/admin/audit?action=user.created');
  expect(log.body.map((e: { actorRole: string }) => e.actorRole)).toContain('platform_operator');

  const listed = (await operator.get('/api/platform/institutes')).body.find((i: { code: string }) => i.code === code);
  expect(listed).toMatchObject({ users: 2, admins: 1, status: 'active' });
});

it("keeps institutes apart: another institute's administrator neither sees its people nor reaches it; the new one sees nothing of Seoul", async () => {
  const { code, adminId, admin } = await newInstitute('daegu');
  const seen = await seoulAdmin.get(`/api/admin/users?q=${encodeURIComponent(code)}`);
  expect([seen.status, seen.body.total]).toEqual([200, 0]);
  const touched = await seoulAdmin.post(`/api/admin/users/${adminId}/disable`, {});
  expect([touched.status, touched.body.code]).toEqual([404, 'AUTH.USER_UNKNOWN']);
  expect((await seoulAdmin.get('/api/platform/institutes')).status).toBe(403);
  expect((await seoulAdmin.post('/api/platform/institutes', {})).status).toBe(403);

  const theirs = await admin.get('/api/admin/users?q=seoul-hrd');
  expect(theirs.body.total).toBe(0);
  expect((await admin.get('/api/cohorts')).body).toEqual([]);
  expect((await admin.get('/api/platform/institutes')).status).toBe(403);
});

it("lets the operator read no institute's data: courses, cohorts, exams, budget, people, settings, audit", async () => {
  expect((await operator.get('/api/me')).body).toMatchObject({ role: 'platform_operator', tenantSlug: 'platform' });
  for (const path of [
    '/api/courses',
    '/api/cohorts',
    '/api/plans',
    '/api/exam/exams',
    '/api/exam/assessment-models',
    '/api/budget-lines',
    '/api/finance/books',
    '/api/enrollment/trainees',
    '/api/admin/users',
    '/api/admin/agencies',
    '/api/admin/settings',
    '/api/admin/audit',
  ]) {
    const answer = await operator.get(path);
    expect([path, answer.status]).toEqual([path, 403]);
  }
  const institutes = (await operator.get('/api/platform/institutes')).body as { code: string }[];
  expect(institutes.map((i) => i.code)).toEqual(expect.arrayContaining(['seoul-hrd', 'sejong-edu']));
  expect(institutes.map((i) => i.code)).not.toContain('platform');
});

it("deactivates an institute: its people's sessions end and sign-in answers AUTH.INSTITUTE_INACTIVE; reactivated, they sign in again", async () => {
  const { id, code, adminEmail, admin } = await newInstitute('gwangju');
  const off = await operator.post(`/api/platform/institutes/${id}/deactivate`, {});
  expect([off.status, off.body.status]).toEqual([200, 'inactive']);
  expect((await admin.get('/api/me')).status).toBe(401);
  const refused = await anonymous.post('/api/auth/login', { tenant: code, email: adminEmail, password: STRONG });
  expect([refused.status, refused.body.code]).toEqual([403, 'AUTH.INSTITUTE_INACTIVE']);
  // A wrong password still answers as any wrong password does: nothing is told before the right one.
  const wrong = await anonymous.post('/api/auth/login', { tenant: code, email: adminEmail, password: 'Wrong-Password-1' });
  expect([wrong.status, wrong.body.code]).toEqual([401, 'AUTH.BAD_CREDENTIALS']);

  const on = await operator.post(`/api/platform/institutes/${id}/reactivate`, {});
  expect([on.status, on.body.status]).toEqual([200, 'active']);
  const back = await anonymous.signIn(code, adminEmail, STRONG);
  expect((await back.get('/api/me')).status).toBe(200);

  const unknown = await operator.post(`/api/platform/institutes/${randomUUID()}/deactivate`, {});
  expect([unknown.status, unknown.body.code]).toEqual([404, 'PLATFORM.INSTITUTE_UNKNOWN']);
});

it('answers bad input with coded errors naming each field, and a code in use with PLATFORM.INSTITUTE_CODE_TAKEN', async () => {
  const bad = await operator.post('/api/platform/institutes', {
    code: 'Bad Code',
    nameKo: '',
    nameEn: '',
    adminName: '',
    adminEmail: 'nope',
  });
  expect(bad.status).toBe(400);
  expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['adminEmail', 'adminName', 'code', 'nameEn', 'nameKo']);
  expect(bad.body.errors.find((e: { field: string }) => e.field === 'code').code).toBe('VALIDATION.FORMAT');
  for (const code of ['seoul-hrd', 'platform']) {
    const taken = await operator.post('/api/platform/institutes', {
      code,
      nameKo: '중복',
      nameEn: 'Twice',
      adminName: '김',
      adminEmail: `x-${run}@example.com`,
    });
    expect([taken.status, taken.body.code, taken.body.field]).toEqual([409, 'PLATFORM.INSTITUTE_CODE_TAKEN', 'code']);
  }
  expect((await operator.post('/api/platform/institutes/not-an-id/deactivate', {})).status).toBe(400);
});
