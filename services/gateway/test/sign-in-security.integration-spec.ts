import { DemoTenants } from '@baeum/source-data';
import { ApiClient, clientAs, ServiceStack, signUpApplicant, signUpMails, tokenFor, tokenOfLink, verificationLink } from '@baeum/testing';
import { randomUUID } from 'node:crypto';

/**
 * Sign-in security (issue 12, findings 7 and 8) against a real gateway and services: a temporary
 * password opens nothing else until changed; tokens stop working when the password changes or the
 * user is disabled or deleted, and tokens of users who never existed are refused; an attacker's
 * wrong tries cannot lock the owner out; weak passwords are refused. Sign-up (issue 12, item 4) answers
 * alike for new and known e-mails and tells each by mail (the gateway's outbox is read as the mail).
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

/** An address of its own for each call, so that the per-address limits of sign-up count no test against another. */
const fromSomewhere = () => ({ 'x-forwarded-for': `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}` });

/** A verified applicant, signed in by the link of the sign-up mail. */
async function signUp(label: string) {
  const email = `${label}-${run}@example.com`;
  const { client, session } = await signUpApplicant(stack, { email, password: STRONG, name: '보안검사', headers: fromSomewhere() });
  return { email, userId: session.user.id, client };
}

/** A sign-up as the web page sends it, without opening the mail. */
function askToSignUp(email: string, fields: Record<string, unknown> = {}) {
  const body = { tenant: 'seoul-hrd', email, password: STRONG, name: '가입검사', privacyConsent: true, ...fields };
  return anonymous.request('POST', '/api/auth/applicant-signup', body, fromSomewhere());
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
    const { email, client: first } = await signUp('change');
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
    await stack.query('gateway', 'DELETE FROM gateway.applicant_profile WHERE user_id = $1', [deleted.userId]);
    await stack.query('gateway', 'DELETE FROM gateway.app_user WHERE id = $1', [deleted.userId]);
    await stack.query('gateway', 'UPDATE gateway.app_user SET disabled_at = now() WHERE id = $1', [disabled.userId]);
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
    const { userId } = await signUp('other-tenant');
    const elsewhere = anonymous.withToken(tokenFor({ role: 'applicant', userId, tenantId: DemoTenants.sejong.id }));
    expect((await elsewhere.get('/api/me')).status).toBe(401);
  });
});

describe('sign-in limits', () => {
  it("lets the right password in from another address after an attacker's 11 wrong tries; the attacker waits longer each try", async () => {
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
    const weak = await askToSignUp(`weak-${run}@example.com`, { password: 'password12' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([
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

describe('sign-up', () => {
  const accepted = (email: string) => ({ status: 'verification_sent', email });

  it('answers a new, a known and a staff e-mail alike (202), changes no account and tells each owner by mail', async () => {
    const fresh = `fresh-${run}@example.com`;
    const known = await signUp('known');
    const staff = 'exam@seoul-hrd.example';
    const answers = [
      await askToSignUp(fresh.toUpperCase()),
      await askToSignUp(known.email, { password: 'Another-Path-7391', name: '남의이름' }),
      await askToSignUp(staff),
    ];
    expect(answers.map((a) => [a.status, a.body])).toEqual([
      [202, accepted(fresh)],
      [202, accepted(known.email)],
      [202, accepted(staff)],
    ]);

    const [newMail] = await signUpMails(stack, fresh);
    expect(newMail).toEqual({
      type: 'identity.sign_up.verification_requested',
      payload: {
        userId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        email: fresh,
        name: '가입검사',
        tenantSlug: 'seoul-hrd',
        tenantName: '서울특별시 인재개발원',
        verifyPath: expect.stringMatching(/^\/signup\/verify\?token=[A-Za-z0-9_-]{43,}$/),
        expiresAt: expect.any(String),
        locale: 'ko',
      },
    });
    const hours = (Date.parse(newMail.payload.expiresAt) - Date.now()) / 3600_000;
    expect(hours > 23 && hours <= 24).toBe(true);
    const repeated = {
      type: 'identity.sign_up.repeated',
      payload: expect.objectContaining({ tenantSlug: 'seoul-hrd', signInPath: '/login', resetPath: '/password-reset', locale: 'ko' }),
    };
    expect((await signUpMails(stack, known.email)).map((m) => m.type)).toEqual([
      'identity.sign_up.verification_requested',
      'identity.sign_up.repeated',
    ]);
    expect((await signUpMails(stack, known.email))[1]).toEqual(repeated);
    expect((await signUpMails(stack, known.email))[1].payload).toMatchObject({ userId: known.userId, name: '보안검사' });
    expect((await signUpMails(stack, staff)).pop()).toEqual(repeated);

    // Nothing changed for the known account: its password still signs in, the stranger's does not.
    expect((await signInFrom('192.0.2.30', known.email, STRONG)).status).toBe(200);
    expect((await signInFrom('192.0.2.30', known.email, 'Another-Path-7391')).status).toBe(401);
    expect((await known.client.get('/api/me')).body).toMatchObject({ name: '보안검사' });
    expect((await signInFrom('192.0.2.30', staff, 'Baeum!2022')).status).toBe(200);
  });

  it('keeps an unverified account out until its link is opened; the link signs in once', async () => {
    const email = `pending-${run}@example.com`;
    expect((await askToSignUp(email)).status).toBe(202);
    // As a wrong password answers: a coded "not verified" would tell a stranger who used this address
    // that it had not been registered before.
    const early = await signInFrom('192.0.2.31', email, STRONG);
    expect([early.status, early.body.code]).toEqual([401, 'AUTH.BAD_CREDENTIALS']);

    const token = tokenOfLink(await verificationLink(stack, email));
    const opened = await anonymous.post('/api/auth/applicant-signup/verify', { token });
    expect(opened.status).toBe(200);
    expect(opened.body.user).toMatchObject({ email, role: 'applicant', name: '가입검사', tenantSlug: 'seoul-hrd' });
    expect((await anonymous.withToken(opened.body.accessToken).get('/api/me')).body).toMatchObject({ email, role: 'applicant' });
    expect((await signInFrom('192.0.2.31', email, STRONG)).status).toBe(200);

    // Used, unknown, replaced and expired links answer alike.
    const replacedEmail = `replaced-${run}@example.com`;
    await askToSignUp(replacedEmail);
    const replaced = tokenOfLink(await verificationLink(stack, replacedEmail));
    await askToSignUp(replacedEmail);
    const expiredEmail = `expired-${run}@example.com`;
    await askToSignUp(expiredEmail);
    const expired = tokenOfLink(await verificationLink(stack, expiredEmail));
    await stack.query(
      'gateway',
      `UPDATE gateway.sign_up_verification SET expires_at = now() - interval '1 minute'
        WHERE user_id = (SELECT id FROM gateway.app_user WHERE email = $1)`,
      [expiredEmail],
    );
    const refusals = [];
    for (const bad of [token, `${token.slice(0, -4)}AAAA`, replaced, expired]) {
      refusals.push(await anonymous.post('/api/auth/applicant-signup/verify', { token: bad }));
    }
    for (const refusal of refusals) {
      expect(refusal.status).toBe(400);
      expect(refusal.body).toEqual(refusals[0].body);
    }
    expect(refusals[0].body.errors).toEqual([expect.objectContaining({ field: 'token', code: 'AUTH.VERIFICATION_INVALID' })]);
    // The newest link of the replaced sign-up still works.
    const newest = tokenOfLink(await verificationLink(stack, replacedEmail));
    expect((await anonymous.post('/api/auth/applicant-signup/verify', { token: newest })).status).toBe(200);
    expect((await signInFrom('192.0.2.31', expiredEmail, STRONG)).status).toBe(401);
  });
});

function tokenOf(client: ApiClient): string {
  return (client as unknown as { token: string }).token;
}
