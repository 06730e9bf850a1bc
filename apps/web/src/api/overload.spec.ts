/** @jest-environment node */
import { IDEMPOTENCY_HEADER, overloadWait, retryingOverload, waitBeforeRetry, withIdempotencyKey } from './overload';

const shed = () => new Response(JSON.stringify({ statusCode: 503, code: 'UNAVAILABLE' }), { status: 503, headers: { 'Retry-After': '0' } });

describe('asking again after overload', () => {
  it('waits what the server asks, doubled with each try, never past ten seconds, and only when it names a wait', () => {
    expect(waitBeforeRetry('1', 0)).toBe(1000);
    expect(waitBeforeRetry('1', 2)).toBe(4000);
    expect(waitBeforeRetry('30', 0)).toBe(10_000);
    expect(waitBeforeRetry(null, 0)).toBeNull();
    expect(waitBeforeRetry('soon', 0)).toBeNull();
  });

  it('sends a fresh copy of the request, body included, until it is answered, and says it is waiting meanwhile', async () => {
    const bodies: string[] = [];
    const seenWaiting: boolean[] = [];
    const send = async (request: Request) => {
      bodies.push(await request.text());
      seenWaiting.push(overloadWait.get());
      return bodies.length < 3 ? shed() : new Response('{}', { status: 201 });
    };
    const response = await retryingOverload(send)(new Request('http://x/api/applications', { method: 'POST', body: '{"a":1}' }));
    expect(response.status).toBe(201);
    expect(bodies).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
    expect(seenWaiting).toEqual([false, false, false]);
    expect(overloadWait.get()).toBe(false);
  }, 20_000);

  it('gives the refusal to the caller after three more tries, and never repeats other failures', async () => {
    let calls = 0;
    const alwaysShed = retryingOverload(async () => {
      calls++;
      return shed();
    });
    expect((await alwaysShed(new Request('http://x/api/a'))).status).toBe(503);
    expect(calls).toBe(4);
    calls = 0;
    const failing = retryingOverload(async () => {
      calls++;
      return new Response('{}', { status: 500 });
    });
    expect((await failing(new Request('http://x/api/a'))).status).toBe(500);
    expect(calls).toBe(1);
  }, 60_000);
});

describe('the key of a write', () => {
  it('gives each write a key of its own, keeps one a form gave, and leaves reads without', () => {
    const keys = ['key-one-0000', 'key-two-0000'];
    const a = withIdempotencyKey(new Request('http://x/api/rooms', { method: 'POST', body: '{}' }), () => keys.shift()!);
    const b = withIdempotencyKey(new Request('http://x/api/rooms/1', { method: 'DELETE' }), () => keys.shift()!);
    expect([a.headers.get(IDEMPOTENCY_HEADER), b.headers.get(IDEMPOTENCY_HEADER)]).toEqual(['key-one-0000', 'key-two-0000']);
    const own = withIdempotencyKey(
      new Request('http://x/api/exam-applications', { method: 'POST', headers: { [IDEMPOTENCY_HEADER]: 'form-key-1' } }),
    );
    expect(own.headers.get(IDEMPOTENCY_HEADER)).toBe('form-key-1');
    expect(withIdempotencyKey(new Request('http://x/api/rooms')).headers.has(IDEMPOTENCY_HEADER)).toBe(false);
    expect(withIdempotencyKey(new Request('http://x/api/rooms', { method: 'PATCH' })).headers.get(IDEMPOTENCY_HEADER)).toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });

  it('sends the same key, and the same body, on every try of one write, also after 409 in progress', async () => {
    const tries: { key: string | null; body: string }[] = [];
    const send = async (request: Request) => {
      tries.push({ key: request.headers.get(IDEMPOTENCY_HEADER), body: await request.text() });
      if (tries.length === 1) return shed();
      if (tries.length === 2)
        return new Response(JSON.stringify({ code: 'REQUEST.IN_PROGRESS' }), { status: 409, headers: { 'Retry-After': '0' } });
      return new Response('{}', { status: 201 });
    };
    const response = await retryingOverload(send)(new Request('http://x/api/rooms', { method: 'POST', body: '{"a":1}' }));
    expect(response.status).toBe(201);
    expect(tries).toHaveLength(3);
    expect(new Set(tries.map((t) => t.key)).size).toBe(1);
    expect(tries[0].key).toMatch(/^[0-9a-f-]{36}$/);
    expect(tries.map((t) => t.body)).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
    // A second action is a second write: a key of its own.
    await retryingOverload(send)(new Request('http://x/api/rooms', { method: 'POST', body: '{"a":1}' }));
    expect(tries[3].key).not.toBe(tries[0].key);
  }, 20_000);

  it('does not ask again after a 409 that names no wait (a conflict of the domain)', async () => {
    let calls = 0;
    const conflictOnce = retryingOverload(async () => {
      calls++;
      return new Response(JSON.stringify({ code: 'ROOM.CODE_TAKEN' }), { status: 409 });
    });
    expect((await conflictOnce(new Request('http://x/api/rooms', { method: 'POST', body: '{}' }))).status).toBe(409);
    expect(calls).toBe(1);
  });
});
