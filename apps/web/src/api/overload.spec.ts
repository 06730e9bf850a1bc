/** @jest-environment node */
import { overloadWait, retryingOverload, waitBeforeRetry } from './overload';

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
