import type { INestApplication } from '@nestjs/common';
import express from 'express';
import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveWeb } from './serve-web';

describe('the web pages beside the API', () => {
  let root: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'baeum-web-'));
    writeFileSync(join(root, 'index.html'), '<html>shell</html>');
    writeFileSync(join(root, 'app.js'), 'console.log(1)');
    // A file where an API path is: the API must answer, not the file.
    mkdirSync(join(root, 'api'));
    writeFileSync(join(root, 'api', 'results'), 'a file');
    const app = express();
    expect(serveWeb(app as unknown as INestApplication, root)).toBe(true);
    app.use((req, res) => res.status(299).json({ api: `${req.method} ${req.path}` }));
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  it('serves a built file, and the page shell (not cached) for any other page', async () => {
    const file = await fetch(`${base}/app.js`);
    expect([file.status, await file.text()]).toEqual([200, 'console.log(1)']);
    const page = await fetch(`${base}/exam/results`);
    expect([page.status, page.headers.get('cache-control'), await page.text()]).toEqual([200, 'no-cache', '<html>shell</html>']);
    const post = await fetch(`${base}/exam/results`, { method: 'POST' });
    expect(await post.json()).toEqual({ api: 'POST /exam/results' });
  });

  it('passes API, health, metrics and docs paths on without looking on disk', async () => {
    const stat = jest.spyOn(fs, 'stat');
    try {
      for (const path of ['/api/results', '/api/exam/results/x', '/health/ready', '/metrics', '/docs-json']) {
        const answer = await fetch(`${base}${path}`);
        expect([answer.status, await answer.json()]).toEqual([299, { api: `GET ${path}` }]);
      }
      expect(stat).not.toHaveBeenCalled();
      // The spy sees the static files' lookups: a page path is looked up.
      await (await fetch(`${base}/app.js`)).text();
      expect(stat).toHaveBeenCalled();
    } finally {
      stat.mockRestore();
    }
  });
});
