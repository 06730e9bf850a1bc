import { ApiClient, resetMail, ServiceStack, signUpApplicant, TestSmtpServer } from '@baeum/testing';
import { randomUUID } from 'node:crypto';

/**
 * Password reset by mailed link (issue 13, item 2) over the real gateway, notification service, Kafka,
 * PostgreSQL, Redis and a real SMTP server: every address is answered alike and only an active
 * account's owner gets a mail; its link sets a new password once, before it expires; older sessions
 * end; the new password signs in, past the sign-in waits an attacker caused.
 */
let smtp: TestSmtpServer;
let stack: ServiceStack;
let anonymous: ApiClient;
let run: string;
const DEMO_PASSWORD = 'Baeum!2022';
const STRONG = 'Lantern-Walk-4821';
const NEWER = 'Harbour-Kite-7350';

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  // The gateway believes one proxy's X-Forwarded-For, so the test can speak from several addresses.
  stack = await ServiceStack.start({
    services: ['notification', 'gateway'],
    env: { gateway: { TRUSTED_PROXY_HOPS: '1' }, notification: { SMTP_URL: smtp.url, MAIL_FROM: '배움 Baeum <no-reply@baeum.test>' } },
  });
  anonymous = new ApiClient(stack.gatewayUrl);
  run = `${stack.runId}${randomUUID().slice(0, 4)}`;
});

afterAll(async () => {
  await stack?.stop();
  await smtp?.stop();
});

const fromSomewhere = () => ({ 'x-forwarded-for': `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}` });

const askReset = (email: string, tenant = 'seoul-hrd', headers: Record<string, string> = fromSomewhere()) =>
  anonymous.request('POST', '/api/auth/password-reset', { tenant, email }, headers);

const confirm = (token: string, newPassword: string, headers: Record<string, string> = fromSomewhere()) =>
  anonymous.request('POST', '/api/auth/password-reset/confirm', { token, newPassword }, headers);

const signInFrom = (address: string, email: string, password: string) =>
  anonymous.request('POST', '/api/auth/login', { tenant: 'seoul-hrd', email, password }, { 'x-forwarded-for': address });

/** The reset events the gateway wrote for an address (what the notification service mails). */
const resetEvents = async (email: string) =>
  (
    await stack.query<{ n: number }>(
      'gateway',
      `SELECT count(*)::int AS n FROM gateway.outbox WHERE type = 'identity.password_reset.requested' AND envelope->'payload'->>'email' = $1`,
      [email.toLowerCase()],
    )
  )[0].n;

const refused = {
  status: 400,
  body: expect.objectContaining({ code: 'AUTH.RESET_INVALID', errors: [expect.objectContaining({ field: 'token' })] }),
};

it('answers a known, an unknown, an unverified and a disabled address and an unknown institute alike; only the known one is mailed', async () => {
  const known = 'exam@seoul-hrd.example';
  const unknown = `nobody-${run}@example.com`;
  const unverified = `unverified-${run}@example.com`;
  const waiting = await anonymous.request(
    'POST',
    '/api/auth/applicant-signup',
    { tenant: 'seoul-hrd', email: unverified, password: STRONG, name: '미확인', privacyConsent: true },
    fromSomewhere(),
  );
  expect(waiting.status).toBe(202);
  const disabled = `disabled-${run}@example.com`;
  await signUpApplicant(stack, { email: disabled, password: STRONG, headers: fromSomewhere() });
  await stack.query('gateway', `UPDATE gateway.app_user SET disabled_at = now() WHERE email = $1`, [disabled]);

  const answers = [
    await askReset(known),
    await askReset(unknown),
    await askReset(unverified),
    await askReset(disabled),
    await askReset(known, 'no-such-institute'),
    await askReset(known.toUpperCase()),
  ];
  for (const answer of answers) expect(answer).toEqual({ status: 202, body: { status: 'reset_requested' } });

  expect([await resetEvents(unknown), await resetEvents(unverified), await resetEvents(disabled)]).toEqual([0, 0, 0]);
  expect(await resetEvents(known)).toBe(2);
  const { mail, token } = await resetMail(smtp, known, 2);
  expect(mail.subject).toBe('[서울특별시 인재개발원] 비밀번호 재설정 / Reset your password');
  expect(mail.text).toContain(`${stack.gatewayUrl}/password-reset/confirm?token=${token}`);
  expect(mail.text).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(KST\)까지 한 번만/);
  expect(Buffer.from(token, 'base64url').length).toBe(32);
  // Only the hash is kept.
  expect(await stack.query('gateway', `SELECT 1 FROM gateway.password_reset WHERE token_hash = $1`, [token])).toEqual([]);
  expect(smtp.mailsTo(unknown)).toEqual([]);
  expect(smtp.mailsTo(unverified).map((m) => m.subject)).not.toContain(mail.subject);
});

it('sets a new password once by the link: older sessions end, the temporary flag and the sign-in waits go, the new password signs in', async () => {
  const email = 'planner@seoul-hrd.example';
  const old = await anonymous.signIn('seoul-hrd', email, DEMO_PASSWORD);
  expect((await old.get('/api/me')).status).toBe(200);
  await stack.query('gateway', `UPDATE gateway.app_user SET must_change_password = true WHERE email = $1`, [email]);
  // Someone guesses from the owner's address until it must wait.
  const owner = '203.0.113.77';
  let guessed = await signInFrom(owner, email, 'Wrong-Guess-0000');
  for (let n = 0; n < 10 && guessed.status !== 429; n++) guessed = await signInFrom(owner, email, 'Wrong-Guess-0000');
  expect(guessed.status).toBe(429);

  expect((await askReset(email)).status).toBe(202);
  const { token } = await resetMail(smtp, email);
  expect(token).not.toBe('');

  // A weak password is refused beside its field, and the link still stands.
  const weak = await confirm(token, 'password12', { 'x-forwarded-for': owner });
  expect(weak.status).toBe(400);
  expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'newPassword', code: 'AUTH.WEAK_PASSWORD' })]);

  expect(await confirm(token, NEWER, { 'x-forwarded-for': owner })).toEqual({
    status: 200,
    body: { status: 'password_reset', tenantSlug: 'seoul-hrd' },
  });
  // Once only.
  expect(await confirm(token, STRONG)).toMatchObject(refused);
  // The session from before the reset has ended.
  const before = await old.get('/api/me');
  expect([before.status, before.body.code]).toEqual([401, 'AUTH.TOKEN_INVALID']);
  // The old password no longer signs in; the new one does, from the address that had to wait, with no temporary flag.
  expect((await signInFrom(owner, email, DEMO_PASSWORD)).status).toBe(401);
  const signedIn = await signInFrom(owner, email, NEWER);
  expect(signedIn.status).toBe(200);
  expect(signedIn.body.user).toMatchObject({ email, mustChangePassword: false });
});

it('refuses a replaced, an expired, an unknown and a malformed link with one code', async () => {
  const email = `expiring-${run}@example.com`;
  const { session } = await signUpApplicant(stack, { email, password: STRONG, headers: fromSomewhere() });
  expect((await askReset(email)).status).toBe(202);
  const first = await resetMail(smtp, email, 2); // the sign-up's mail came first
  expect((await askReset(email)).status).toBe(202);
  const second = await resetMail(smtp, email, 3);
  expect(first.token).not.toBe(second.token);
  // A new request ends the link before it.
  expect(await confirm(first.token, NEWER)).toMatchObject(refused);
  await stack.query('gateway', `UPDATE gateway.password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
    session.user.id,
  ]);
  expect(await confirm(second.token, NEWER)).toMatchObject(refused);
  expect(await confirm('no-such-token', NEWER)).toMatchObject(refused);
  // A token no link ever carries (too long) is refused beside the same field with the same code.
  const malformed = await confirm('x'.repeat(500), NEWER);
  expect(malformed.status).toBe(400);
  expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'token', code: 'AUTH.RESET_INVALID' })]);
  // Nothing changed: the old password still signs in.
  expect(
    (await anonymous.request('POST', '/api/auth/login', { tenant: 'seoul-hrd', email, password: STRONG }, fromSomewhere())).status,
  ).toBe(200);
});

it('limits requests per account silently (202, no more mails) and per client address (429), telling nothing of accounts', async () => {
  const email = `often-${run}@example.com`;
  await signUpApplicant(stack, { email, password: STRONG, headers: fromSomewhere() });
  const unknown = `often-unknown-${run}@example.com`;
  for (let n = 0; n < 7; n++) {
    expect(await askReset(email)).toEqual({ status: 202, body: { status: 'reset_requested' } });
    expect(await askReset(unknown)).toEqual({ status: 202, body: { status: 'reset_requested' } });
  }
  expect(await resetEvents(email)).toBe(5);

  const office = { 'x-forwarded-for': '203.0.113.200' };
  const statuses: number[] = [];
  for (let n = 0; n < 31; n++) statuses.push((await askReset(`office-${n}-${run}@example.com`, 'seoul-hrd', office)).status);
  expect(statuses.slice(0, 30).every((s) => s === 202)).toBe(true);
  const limited = await askReset(email, 'seoul-hrd', office);
  expect([limited.status, limited.body.code]).toEqual([429, 'RATE_LIMITED']);
  // The same answer for an unknown address from there.
  expect((await askReset(unknown, 'seoul-hrd', office)).body).toEqual(limited.body);
});
