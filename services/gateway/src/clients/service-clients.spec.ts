import { HttpException } from '@nestjs/common';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayEnv } from '../config/env';
import { SERVER_KEEP_ALIVE_MS } from '@baeum/service-kit';
import { IDLE_SOCKET_MS, ServiceClients, textQuery, tokenOf } from './service-clients';

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
    clients = new ServiceClients({ CURRICULUM_URL: url, ENROLLMENT_URL: url, EXAMINATION_URL: url, FINANCE_URL: url } as GatewayEnv);
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers a read with 503 and a pause to wait (overload, try again), and a write with 502 (it may have happened)', async () => {
    const read = await clients.call('finance', '/books/2022', { authorization: 'Bearer x', timeoutMs: 200 }).catch((e: HttpException) => e);
    expect(read).toBeInstanceOf(HttpException);
    expect([(read as HttpException).getStatus(), (read as HttpException).getResponse()]).toEqual([
      503,
      expect.objectContaining({ code: 'UNAVAILABLE', params: { retryAfterSeconds: 1 } }),
    ]);
    const write = await clients
      .call('finance', '/books', { authorization: 'Bearer x', method: 'POST', body: {}, timeoutMs: 200 })
      .catch((e: HttpException) => e);
    expect((write as HttpException).getStatus()).toBe(502);
  });
});
