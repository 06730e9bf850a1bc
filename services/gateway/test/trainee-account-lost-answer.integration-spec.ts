import { ApiClient, eventually, ServiceStack } from '@baeum/testing';
import { randomUUID } from 'node:crypto';

/**
 * 교육생 계정 발급 when enrollment's answer is lost: enrollment makes the trainee but answers the
 * gateway too late (FAULT_SLOW_IDEMPOTENCY_KEY, a test-only setting). The workflow must not leave that
 * trainee without its account, nor refuse the agency admin's retry of the same request: asked again
 * under the same Idempotency-Key, it ends with one account and one trainee linked to it.
 */
const KEY = randomUUID();

interface IssuedAccount {
  user: { id: string };
  trainee: { id: string };
  temporaryPassword: string;
}
let stack: ServiceStack;

beforeAll(async () => {
  stack = await ServiceStack.start({
    services: ['enrollment', 'gateway'],
    env: {
      gateway: { UPSTREAM_TIMEOUT_MS: '3000' },
      enrollment: { FAULT_SLOW_IDEMPOTENCY_KEY: KEY, FAULT_SLOW_MS: '6000' },
    },
  });
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

it('ends with one account and its trainee, linked, when enrollment answered too late', async () => {
  const agencyAdmin = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'agency@seoul-hrd.example', 'Baeum!2022');
  const email = `late-${stack.runId}@mapo.example`;
  const body = { email, name: '늦은답', employeeNo: `MAPO-LATE-${stack.runId}`, grade: '9급', position: '주무관', jobSeries: '행정' };
  const answers: number[] = [];
  // The admin's client asks again with the same key while it is told to wait (503, or 409 in progress).
  const made = await eventually(
    async () => {
      const answer = await agencyAdmin.raw('/api/trainee-accounts', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': KEY },
        body: JSON.stringify(body),
      });
      answers.push(answer.status);
      return answer.status === 503 || answer.status === 409
        ? undefined
        : { status: answer.status, body: (await answer.json()) as IssuedAccount };
    },
    { timeoutMs: 180_000, intervalMs: 2000, what: 'the trainee account to be made' },
  );
  expect(made.status).toBe(201);
  for (const status of answers.slice(0, -1)) expect([409, 503]).toContain(status);

  const accounts = await stack.query('gateway', 'SELECT id FROM gateway.app_user WHERE email = $1', [email]);
  expect(accounts).toHaveLength(1);
  const trainees = await stack.query('enrollment', 'SELECT id, user_id FROM enrollment.trainee WHERE employee_no = $1', [body.employeeNo]);
  expect(trainees).toEqual([{ id: made.body.trainee.id, user_id: accounts[0].id }]);
  expect(made.body.user.id).toBe(accounts[0].id);

  // The new trainee can sign in with the temporary password the admin was shown.
  const signedIn = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', email, made.body.temporaryPassword).then(
    () => true,
    () => false,
  );
  expect(signedIn).toBe(true);
}, 400_000);
