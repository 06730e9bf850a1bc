import { DemoTenants } from '@baeum/source-data';
import { ApiClient, clientAs, ServiceStack, tokenFor } from '@baeum/testing';
import { randomUUID } from 'node:crypto';

/**
 * Sign-in security (issue 12, findings 7 and 8) against a real gateway and services: a temporary
 * password opens nothing else until changed; tokens stop working when the password changes or the
 * user is disabled or deleted, and tokens of users who never existed are refused; an attacker's
 * wrong tries cannot lock the owner out; weak passwords are refused.
 */
let stack: ServiceStack;
let anonymous: ApiClient;
/** Unique per run: e-mails never meet those of an earlier run. */
let run: string;
const STRONG = 'Lantern-Walk-4821';

beforeAll(async () => {
  // The gateway believes one proxy's X-Forwarded-For, so the test can speak from several addresses.
  stack = await ServiceStack.start({ env: { gateway: { TRUSTED_PROXY_HOPS: '1' } } });
  anonymous = new ApiClient(stack.gatewayUrl);
  run = `${stack.runId}${randomUUID().slice(0, 4)}`;
});

afterAll(async () => {
  await stack?.stop();
});

async function signUp(label: string, password = STRONG) {
  const email = `${label}-${run}@example.com`;
  const answer = await anonymous.post('/api/auth/applicant-signup', {
    tenant: 'seoul-hrd',
    email,
    password,
    name: '보안검사',
    privacyConsent: true,
  });
  return { email, answer, client: anonymous.withToken(answer.body.accessToken) };
}

/** A sign-in as if from `address` (the proxy's X-Forwarded-For): status, code and Retry-After. */
async function signInFrom(address: string, email: string, password: string) {
  const response = await anonymous.raw('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ tenant: 'seoul-hrd', email, password }),
  });
  const body = (await response.json()) as { code?: string; accessToken?: string; params?: { retryAfterSeconds?: number } };
  return { status: response.status, body, retryAfter: response.headers.get('retry-after') };
}

describe('a temporary password', () => {
  it('opens only who-am-I and the password change, in the gateway and in each service, until it is changed', async () => {
    const mapoAdmin = clientAs(stack.gatewayUrl, { role: 'agency_admin', agencyCode: 'MAPO-GU', name: '마포 담당' });
    const email = `temp-${run}@mapo.example`;
    const made = await mapoAdmin.post('/api/trainee-accounts', {
      email,
      name: '임시직원',
      employeeNo: `TEMP-${run}`,
      grade: '9급',
      position: '주무관',
      jobSeries: '행정',
    });
    expect(made.status).toBe(201);
    const temporary = await anonymous.signIn('seoul-hrd', email, made.body.temporaryPassword);

    expect((await temporary.get('/api/me')).body).toMatchObject({ email, mustChangePassword: true });
    for (const path of ['/api/enrollment/trainees/me', '/api/courses', '/api/exam/exams']) {
      const held = await temporary.get(path);
      expect([path, held.status, held.body.code]).toEqual([path, 403, 'AUTH.PASSWORD_CHANGE_REQUIRED']);
      expect(held.body.message).toMatch(/^임시 비밀번호.* \/ Replace the temporary password/);
    }
    // A service asked directly, past the gateway, refuses it too: every service runs the same guard.
    const direct = await new ApiClient(stack.url('enrollment'), tokenOf(temporary)).get('/trainees/me');
    expect([direct.status, direct.body.code]).toEqual([403, 'AUTH.PASSWORD_CHANGE_REQUIRED']);

    const changed = await temporary.post('/api/me/password', { currentPassword: made.body.temporaryPassword, newPassword: STRONG });
    expect([changed.status, changed.body.user.mustChangePassword]).toEqual([200, false]);
    const renewed = anonymous.withToken(changed.body.accessToken);
    expect((await renewed.get('/api/enrollment/trainees/me')).body).toMatchObject({ name: '임시직원', userId: made.body.user.id });
    expect((await renewed.get('/api/courses')).status).toBe(200);
    // The temporary session ended with the change.
    expect((await temporary.get('/api/me')).status).toBe(401);
  });
});

describe('tokens', () => {
  it('stop working when the password changes; the one who changed it gets a new session', async () => {
    const { email, answer, client: first } = await signUp('change');
    expect(answer.status).toBe(201);
    const second = await anonymous.signIn('seoul-hrd', email, STRONG);
    expect((await first.get('/api/me')).status).toBe(200);
    expect((await second.get('/api/exam/applications/mine')).status).not.toBe(401);

    const changed = await first.post('/api/me/password', { currentPassword: STRONG, newPassword: `${STRONG}-Renewed` });
    expect(changed.status).toBe(200);
    for (const old of [first, second]) {
      const refused = await old.get('/api/me');
      expect([refused.status, refused.body.code]).toEqual([401, 'AUTH.TOKEN_INVALID']);
    }
    expect((await anonymous.withToken(changed.body.accessToken).get('/api/me')).body).toMatchObject({ email, mustChangePassword: false });
    expect((await signInFrom('192.0.2.10', email, STRONG)).status).toBe(401);
    expect((await signInFrom('192.0.2.10', email, `${STRONG}-Renewed`)).status).toBe(200);
  });

  it('of a deleted or disabled user are refused with 401, and a disabled user cannot sign in', async () => {
    const deleted = await signUp('deleted');
    const disabled = await signUp('disabled');
    await stack.query('gateway', 'DELETE FROM gateway.applicant_profile WHERE user_id = $1', [deleted.answer.body.user.id]);
    await stack.query('gateway', 'DELETE FROM gateway.app_user WHERE id = $1', [deleted.answer.body.user.id]);
    await stack.query('gateway', 'UPDATE gateway.app_user SET disabled_at = now() WHERE id = $1', [disabled.answer.body.user.id]);
    for (const { client } of [deleted, disabled]) {
      for (const path of ['/api/me', '/api/exam/applications/mine']) {
        const refused = await client.get(path);
        expect([path, refused.status, refused.body.code]).toEqual([path, 401, 'AUTH.TOKEN_INVALID']);
      }
    }
    const signIn = await signInFrom('192.0.2.11', disabled.email, STRONG);
    expect([signIn.status, signIn.body.code]).toEqual([401, 'AUTH.BAD_CREDENTIALS']);
  });

  it('of a user who never existed are refused with 401, on role-only routes too, though validly signed', async () => {
    const stranger = anonymous.withToken(tokenFor({ role: 'course_manager', userId: randomUUID() }));
    for (const path of ['/api/courses', '/api/cohorts', '/api/me']) {
      const refused = await stranger.get(path);
      expect([path, refused.status, refused.body.code]).toEqual([path, 401, 'AUTH.TOKEN_INVALID']);
    }
    // A real user's id under another institute's id is no user either.
    const { answer } = await signUp('other-tenant');
    const elsewhere = anonymous.withToken(tokenFor({ role: 'applicant', userId: answer.body.user.id, tenantId: DemoTenants.sejong.id }));
    expect((await elsewhere.get('/api/me')).status).toBe(401);
  });
});

describe('sign-in limits', () => {
  it("let the right password in from another address after an attacker's 11 wrong tries, and hold the attacker back with growing waits", async () => {
    const { email } = await signUp('victim');
    const attacker = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    const tries = [];
    for (let n = 0; n < 11; n++) tries.push(await signInFrom(attacker, email, `wrong-guess-${n}`));
    // Five free failures, then each try must wait (1, 2, 4 … s): the waits are answered 429 with Retry-After.
    expect(tries.slice(0, 5).map((t) => t.status)).toEqual([401, 401, 401, 401, 401]);
    expect(tries.every((t) => t.status === 401 || t.status === 429)).toBe(true);
    const waited = tries.filter((t) => t.status === 429);
    expect(waited.length).toBeGreaterThan(0);
    for (const t of waited) {
      expect(t.body.code).toBe('RATE_LIMITED');
      expect(t.body.params!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(t.retryAfter).toBe(String(t.body.params!.retryAfterSeconds));
    }

    const owner = await signInFrom('198.51.100.23', email, STRONG);
    expect(owner.status).toBe(200);
    expect(owner.body.accessToken).toEqual(expect.any(String));
  });
});

describe('the password policy', () => {
  it('refuses password12 at sign-up and at a change, beside the field, Korean first', async () => {
    const weak = await signUp('weak', 'password12');
    expect(weak.answer.status).toBe(400);
    expect(weak.answer.body.errors).toEqual([
      expect.objectContaining({
        field: 'password',
        code: 'AUTH.WEAK_PASSWORD',
        messages: [expect.stringMatching(/^흔하거나 .* \/ this password/)],
      }),
    ]);
    const { client } = await signUp('weak-change');
    const change = await client.post('/api/me/password', { currentPassword: STRONG, newPassword: 'password12' });
    expect([change.status, change.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])]).toEqual([
      400,
      [['newPassword', 'AUTH.WEAK_PASSWORD']],
    ]);
    // Nothing changed: the old password still signs in, the session still stands.
    expect((await client.get('/api/me')).status).toBe(200);
  });
});

function tokenOf(client: ApiClient): string {
  return (client as unknown as { token: string }).token;
}
