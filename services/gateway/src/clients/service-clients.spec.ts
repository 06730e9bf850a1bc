import { HttpException } from '@nestjs/common';
import express from 'express';
import { createHash } from 'node:crypto';
import { createServer, request, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayEnv } from '../config/env';
import { runInContext, SERVER_KEEP_ALIVE_MS } from '@baeum/service-kit';
import { IDLE_SOCKET_MS, nextWriteKey, ServiceClients, textQuery, tokenOf } from './service-clients';

/** The gateway's clients with every service at `url`. */
const clientsOf = (url: string) =>
  new ServiceClients({
    CURRICULUM_URL: url,
    ENROLLMENT_URL: url,
    EXAMINATION_URL: url,
    FINANCE_URL: url,
    NOTIFICATION_URL: url,
  } as GatewayEnv);

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
    clients = clientsOf(url);
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
    const clients = clientsOf(url);
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

describe('an upload streamed through to a service', () => {
  let service: Server;
  let front: Server;
  let frontUrl: string;
  /** What the service saw of each upload: its bytes' hash, or that it ended before its last byte. */
  const received: { hash?: string; cutShort?: boolean }[] = [];

  beforeAll(async () => {
    // The service: hashes the body as it comes; `/slow` reads it all and never answers.
    service = createServer((req, res) => {
      const hash = createHash('sha256');
      const seen: { hash?: string; cutShort?: boolean } = {};
      received.push(seen);
      req.on('data', (chunk: Buffer) => hash.update(chunk));
      req.on('end', () => {
        seen.hash = hash.digest('hex');
        if (req.url !== '/slow') res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ hash: seen.hash }));
      });
      req.on('aborted', () => (seen.cutShort = true));
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
    const clients = clientsOf(url);
    // The gateway's side: an Express route that streams its body on, as the import's controller does.
    const app = express();
    app.put('/upload/:to', (req, res) => {
      clients
        .stream(
          'enrollment',
          `/${req.params.to}`,
          { authorization: 'Bearer x', method: 'PUT', from: req, timeoutMs: req.params.to === 'slow' ? 1500 : 60_000 },
          res,
        )
        .catch((error: HttpException) => res.status(error.getStatus()).json(error.getResponse()));
    });
    front = createServer(app);
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const server of [front, service]) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  /** Sends `chunks` as one request body, a chunk at a time; `cut` drops the connection after that many. */
  function upload(path: string, chunks: Buffer[], cut?: number): Promise<{ status: number; body: unknown }> {
    return new Promise((resolve, reject) => {
      const req = request(`${frontUrl}${path}`, { method: 'PUT', headers: { 'content-type': 'text/csv' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(parts).toString('utf8')) }));
      });
      req.on('error', reject);
      (async () => {
        for (const [index, chunk] of chunks.entries()) {
          if (index === cut) return req.destroy();
          if (!req.write(chunk)) await new Promise((drained) => req.once('drain', drained));
        }
        req.end();
      })().catch(reject);
    });
  }

  it('arrives whole, however large, and the service’s answer comes back as it is', async () => {
    const chunks = Array.from({ length: 64 }, (_, index) => Buffer.alloc(128 * 1024, index));
    const answer = await upload('/upload/import', chunks);
    expect(answer).toEqual({ status: 201, body: { hash: createHash('sha256').update(Buffer.concat(chunks)).digest('hex') } });
  });

  it('answers 503 with a pause to wait when the service does not answer in time', async () => {
    const answer = await upload('/upload/slow', [Buffer.from('name,score\r\n')]);
    expect(answer).toEqual({ status: 503, body: expect.objectContaining({ code: 'UNAVAILABLE', params: { retryAfterSeconds: 1 } }) });
  });

  it('ends the service’s request when the caller goes away mid-upload', async () => {
    received.length = 0;
    const chunks = Array.from({ length: 64 }, () => Buffer.alloc(64 * 1024, 1));
    await expect(upload('/upload/import', chunks, 8)).rejects.toThrow();
    // The service sees its request end short of its last byte, never a whole file.
    await waitFor(() => received[0]?.cutShort === true);
    expect(received[0].hash).toBeUndefined();
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
