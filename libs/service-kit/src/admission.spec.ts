import express from 'express';
import type { AddressInfo } from 'node:net';
import { admissionControl } from './admission';

/** A server whose requests finish only when the test lets them. */
async function serve(settings: Parameters<typeof admissionControl>[0]) {
  const held: (() => void)[] = [];
  let started = 0;
  const app = express();
  app.use(admissionControl(settings));
  app.get('/health/live', (_req, res) => void res.json({ ok: true }));
  app.get('/work', (_req, res) => {
    started++;
    held.push(() => res.json({ ok: true }));
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    held,
    started: () => started,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
};

describe('admissionControl', () => {
  it('works on at most maxInFlight requests at once and lets the others in, in order, as places free', async () => {
    const server = await serve({ maxInFlight: 2, maxWaitMs: 60_000, maxWaiting: 10 });
    try {
      const answers = Array.from({ length: 5 }, () => fetch(`${server.url}/work`).then((r) => r.status));
      await until(() => server.started() === 2);
      // Probes are never queued behind the work.
      expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
      expect(server.started()).toBe(2);
      server.held.shift()!();
      await until(() => server.started() === 3);
      while (server.started() < 5 || server.held.length > 0) {
        await until(() => server.held.length > 0);
        server.held.shift()!();
      }
      expect(await Promise.all(answers)).toEqual([200, 200, 200, 200, 200]);
    } finally {
      await server.close();
    }
  });

  it('answers 503 with Retry-After, having done nothing, when the wait is too long or too many wait', async () => {
    const server = await serve({ maxInFlight: 1, maxWaitMs: 200, maxWaiting: 1 });
    try {
      const first = fetch(`${server.url}/work`);
      await until(() => server.started() === 1);
      const waited = fetch(`${server.url}/work`);
      const overflow = await fetch(`${server.url}/work`);
      expect([overflow.status, overflow.headers.get('retry-after'), ((await overflow.json()) as { code: string }).code]).toEqual([
        503,
        '1',
        'UNAVAILABLE',
      ]);
      const timedOut = await waited;
      expect([timedOut.status, timedOut.headers.get('retry-after')]).toEqual([503, '1']);
      expect(server.started()).toBe(1);
      server.held.shift()!();
      expect((await first).status).toBe(200);
      // The place is free again.
      const again = fetch(`${server.url}/work`);
      await until(() => server.started() === 2);
      server.held.shift()!();
      expect((await again).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
