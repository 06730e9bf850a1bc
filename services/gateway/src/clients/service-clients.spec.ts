import { HttpException } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayEnv } from '../config/env';
import { runInContext, SERVER_KEEP_ALIVE_MS } from '@baeum/service-kit';
import { IDLE_SOCKET_MS, nextWriteKey, ServiceClients, textQuery, tokenOf } from './service-clients';

describe('what the gateway passes on to a service', () => {
  it('takes the token out of a Bearer header, and nothing out of anything else', () => {
    expect(tokenOf('Bearer abc.def')).toBe('abc.def');
    expect(tokenOf(undefined)).toBe('');
    expect(tokenOf('Basic abc')).toBe('');
  });

  it('sends a query as text: numbers and booleans written out, lists comma-separated, objects dropped', () => {
    expect(
      textQuery({ year: 2027, draft: false, ids: ['a', 'b'], name: '기수', nested: { a: 1 }, mixed: ['a', { b: 1 }], none: undefined }),
    ).toEqual({ year: '2027', draft: 'false', ids: 'a,b', name: '기수' });
    expect(textQuery(undefined)).toEqual({});
  });

  it('closes an idle connection to a service before the service would (no call sent on a closing socket)', () => {
    expect(IDLE_SOCKET_MS).toBeLessThan(SERVER_KEEP_ALIVE_MS);
  });
});

describe('a service that does not answer in time', () => {
  let server: Server;
  let clients: ServiceClients;

  beforeAll(async () => {
    // A real HTTP server that takes every request and never answers, as a service drowning in work.
    server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    clients = new ServiceClients({
      CURRICULUM_URL: url,
      ENROLLMENT_URL: url,
      EXAMINATION_URL: url,
      FINANCE_URL: url,
      NOTIFICATION_URL: url,
    } as GatewayEnv);
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers a read and a write alike with 503 and a pause to wait (the write is safe to send again with its key)', async () => {
    const read = await clients.call('finance', '/books/2022', { authorization: 'Bearer x', timeoutMs: 200 }).catch((e: HttpException) => e);
    expect(read).toBeInstanceOf(HttpException);
    expect([(read as HttpException).getStatus(), (read as HttpException).getResponse()]).toEqual([
      503,
      expect.objectContaining({ code: 'UNAVAILABLE', params: { retryAfterSeconds: 1 } }),
    ]);
    const write = await clients
      .call('finance', '/books', { authorization: 'Bearer x', method: 'POST', body: {}, timeoutMs: 200 })
      .catch((e: HttpException) => e);
    expect([(write as HttpException).getStatus(), (write as HttpException).getResponse()]).toEqual([
      503,
      expect.objectContaining({ code: 'UNAVAILABLE', params: { retryAfterSeconds: 1 } }),
    ]);
  });
});

describe('a service that cannot be reached', () => {
  it('answers 503 with a pause to wait, not 502, for reads and writes', async () => {
    // A port just closed: nothing listens there, so the connection is refused.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const clients = new ServiceClients({
      CURRICULUM_URL: url,
      ENROLLMENT_URL: url,
      EXAMINATION_URL: url,
      FINANCE_URL: url,
      NOTIFICATION_URL: url,
    } as GatewayEnv);
    for (const method of ['GET', 'POST'] as const) {
      const error = await clients
        .call('curriculum', '/rooms', { authorization: 'Bearer x', method, body: method === 'GET' ? undefined : {} })
        .catch((e: HttpException) => e);
      expect([(error as HttpException).getStatus(), (error as HttpException).getResponse()]).toEqual([
        503,
        expect.objectContaining({ code: 'UPSTREAM.UNAVAILABLE', params: { retryAfterSeconds: 1 } }),
      ]);
    }
  });
});

describe('the keys of the writes a request makes on', () => {
  it("passes the caller's key on with the first, derived keys with the next, and makes one for a caller who sent none", () => {
    const keys = runInContext({ correlationId: 'c', causationId: null, idempotencyKey: 'caller-key-1234' }, () => [
      nextWriteKey(),
      nextWriteKey(),
      nextWriteKey(),
    ]);
    expect(keys).toEqual(['caller-key-1234', 'caller-key-1234-2', 'caller-key-1234-3']);
    const made = runInContext({ correlationId: 'c', causationId: null }, () => [nextWriteKey(), nextWriteKey()]);
    expect(made[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(made[1]).toBe(`${made[0]}-2`);
  });
});
