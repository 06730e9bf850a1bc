import { ApiClient, eventually, ServiceStack } from '@baeum/testing';
import { randomUUID } from 'node:crypto';

/**
 * Issue 12, "overload is never an error", over the real stack (curriculum and the gateway as
 * processes, real PostgreSQL, Redis and Kafka). When the gateway gets no answer from a service (it
 * answered too late, or it is down) the caller is told 503 with Retry-After, never 502; and a write
 * sent again with the same Idempotency-Key is applied exactly once (ADR 0012).
 *
 * Faults: the gateway waits 5 s for a service (UPSTREAM_TIMEOUT_MS); curriculum answers the write
 * carrying SLOW_KEY 20 s late, after doing it (FAULT_SLOW_IDEMPOTENCY_KEY, a test-only setting);
 * and curriculum's process is stopped for one call and started again.
 */
const PASSWORD = 'Baeum!2022';
const SLOW_KEY = randomUUID();
let stack: ServiceStack;
let admin: ApiClient;

const instructor = (name: string) => ({ name, kind: 'external' });
const rows = async (name: string) =>
  (await stack.query<{ n: number }>('curriculum', 'SELECT count(*)::int AS n FROM curriculum.instructor WHERE name = $1', [name]))[0].n;

/** One POST through the gateway, never retried, with its answer's Retry-After. */
async function postOnce(path: string, body: unknown, key: string) {
  const response = await admin.raw(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as Record<string, any> };
}

beforeAll(async () => {
  stack = await ServiceStack.start({
    services: ['curriculum', 'gateway'],
    env: {
      gateway: { UPSTREAM_TIMEOUT_MS: '5000' },
      curriculum: { FAULT_SLOW_IDEMPOTENCY_KEY: SLOW_KEY, FAULT_SLOW_MS: '20000' },
    },
  });
  admin = await new ApiClient(stack.gatewayUrl).signIn('seoul-hrd', 'admin@seoul-hrd.example', PASSWORD);
}, 300_000);

afterAll(async () => {
  await stack?.stop();
});

describe('a write the service did but answered too late', () => {
  const name = `늦은 강사 ${SLOW_KEY.slice(0, 8)}`;

  it('is answered 503 with Retry-After, and sent again with its key is applied once', async () => {
    const late = await postOnce('/api/instructors', instructor(name), SLOW_KEY);
    expect([late.status, late.body.code, late.retryAfter]).toEqual([503, 'UNAVAILABLE', '1']);
    // The write was done all the same: the dangerous case, where a blind retry would make a second.
    await eventually(async () => (await rows(name)) === 1, { timeoutMs: 120_000, what: 'the late write to be committed' });

    // Sent again with the same key: "still in progress" (409) or "try again" (503) until the first
    // is answered, then the first one's answer.
    const waits: { status: number; code: unknown; retryAfter: string | null }[] = [];
    const retried = await eventually(
      async () => {
        const answer = await postOnce('/api/instructors', instructor(name), SLOW_KEY);
        if (answer.status !== 409 && answer.status !== 503) return answer;
        waits.push({ status: answer.status, code: answer.body.code, retryAfter: answer.retryAfter });
        return undefined;
      },
      { timeoutMs: 180_000, intervalMs: 1000, what: 'the retried write to be answered' },
    );
    for (const wait of waits)
      expect(wait).toEqual(
        wait.status === 409
          ? { status: 409, code: 'REQUEST.IN_PROGRESS', retryAfter: '1' }
          : { status: 503, code: expect.any(String), retryAfter: '1' },
      );
    expect(retried.status).toBe(201);
    const [stored] = await stack.query('curriculum', 'SELECT id FROM curriculum.instructor WHERE name = $1', [name]);
    expect(retried.body).toMatchObject({ id: stored.id, name });
    // Once more for good measure: the same answer, and still one instructor.
    const third = await admin.request('POST', '/api/instructors', instructor(name), { 'Idempotency-Key': SLOW_KEY });
    expect([third.status, third.body.id]).toEqual([201, stored.id]);
    expect(await rows(name)).toBe(1);
  }, 400_000);

  it('refuses the same key with another body (REQUEST.KEY_REUSED), and a malformed key, doing nothing', async () => {
    const other = `다른 강사 ${SLOW_KEY.slice(0, 8)}`;
    const reused = await admin.request('POST', '/api/instructors', instructor(other), { 'Idempotency-Key': SLOW_KEY });
    expect([reused.status, reused.body.code, reused.body.field]).toEqual([422, 'REQUEST.KEY_REUSED', 'Idempotency-Key']);
    const malformed = await admin.request('POST', '/api/instructors', instructor(other), { 'Idempotency-Key': 'not a key!' });
    expect([malformed.status, malformed.body.errors?.[0]?.field, malformed.body.errors?.[0]?.code]).toEqual([
      400,
      'Idempotency-Key',
      'VALIDATION.FORMAT',
    ]);
    expect(await rows(other)).toBe(0);
  }, 300_000);
});

describe('a service that is down for a moment', () => {
  it('is answered 503 with Retry-After for reads and writes, and the write sent again after it is back is applied once', async () => {
    const key = randomUUID();
    const name = `돌아온 강사 ${key.slice(0, 8)}`;
    await stack.kill('curriculum');
    const write = await postOnce('/api/instructors', instructor(name), key);
    expect([write.status, write.body.code, write.retryAfter]).toEqual([503, 'UPSTREAM.UNAVAILABLE', '1']);
    const read = await admin.raw('/api/instructors');
    expect([read.status, read.headers.get('retry-after')]).toEqual([503, '1']);

    await stack.launch('curriculum');
    const first = await admin.request('POST', '/api/instructors', instructor(name), { 'Idempotency-Key': key });
    const again = await admin.request('POST', '/api/instructors', instructor(name), { 'Idempotency-Key': key });
    expect([first.status, again.status, again.body.id]).toEqual([201, 201, first.body.id]);
    expect(await rows(name)).toBe(1);
  }, 400_000);
});
