import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { rawUploads } from './upload-limit';

describe('rawUploads', () => {
  let server: Server;
  let url: string;
  let received: number[] = [];

  beforeAll(async () => {
    const app = express();
    app.use(rawUploads(1024));
    app.post('/import', (req, res) => {
      received.push(Buffer.isBuffer(req.body) ? req.body.length : -1);
      res.json({ bytes: Buffer.isBuffer(req.body) ? req.body.length : null });
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/import`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => (received = []));

  const post = (body: RequestInit['body'], extra: RequestInit = {}) =>
    fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/octet-stream' }, ...extra }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as any,
    }));

  it('takes a file up to the limit as the raw body', async () => {
    expect(await post(Buffer.alloc(1024))).toEqual({ status: 200, body: { bytes: 1024 } });
  });

  it('refuses a larger declared length with 413 naming the file, before the handler sees anything', async () => {
    const answer = await post(Buffer.alloc(64 * 1024));
    expect(await post(Buffer.alloc(4 * 1024 * 1024))).toMatchObject({ status: 413 });
    expect(answer).toEqual({
      status: 413,
      body: expect.objectContaining({
        code: 'FILE.TOO_LARGE',
        params: { maxBytes: 1024, maxMegabytes: 1024 / 1024 / 1024, bytes: 64 * 1024 },
        errors: [expect.objectContaining({ field: 'file', code: 'FILE.TOO_LARGE' })],
      }),
    });
    expect(received).toEqual([]);
  });

  it('refuses a body sent without a length once it passes the limit', async () => {
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 64; i++) controller.enqueue(new Uint8Array(64 * 1024));
        controller.close();
      },
    });
    const answer = await post(chunks as unknown as RequestInit['body'], { duplex: 'half' } as RequestInit);
    expect([answer.status, answer.body.code, answer.body.errors[0].field]).toEqual([413, 'FILE.TOO_LARGE', 'file']);
    expect(received).toEqual([]);
    // The connection is still good for the next upload.
    expect(await post(Buffer.alloc(10))).toEqual({ status: 200, body: { bytes: 10 } });
  });
});
