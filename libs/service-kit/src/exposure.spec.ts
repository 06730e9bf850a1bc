import { Controller, DynamicModule, Get, INestApplication, Module } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { Public } from './auth';
import { createServiceApp } from './bootstrap';
import { BaseEnv, docsEnabled, loadEnv, metricsAccess } from './config';
import { ServiceKitModule } from './kit.module';

/**
 * What a service shows to anyone who can reach it (issue 12, finding 10): the headers on every
 * answer, `/metrics` behind METRICS_TOKEN, `/docs` off in production. A real Nest app on a free port
 * with the kit's module; the database is a stand-in (nothing here reads it).
 */
@Public()
@Controller('page')
class PageController {
  @Get()
  page(): { ok: true } {
    return { ok: true };
  }
}

const TOKEN = 'metrics-token-for-this-test-only';

function envWith(extra: Record<string, string>): BaseEnv {
  return loadEnv(BaseEnv, {
    PORT: '0',
    DATABASE_URL: 'postgres://unused/unused',
    MESSAGING_TRANSPORT: 'embedded',
    REDIS_URL: 'memory',
    JWT_SECRET: 'x'.repeat(32),
    ...extra,
  });
}

async function start(extra: Record<string, string>): Promise<{ app: INestApplication; url: string }> {
  const env = envWith(extra);
  const logger = pino({ level: 'silent' });
  @Module({})
  class TestModule {
    static forRoot(): DynamicModule {
      return {
        module: TestModule,
        imports: [ServiceKitModule.forRoot({ service: 'exposure-test', env, logger })],
        controllers: [PageController],
        providers: [{ provide: DataSource, useValue: { query: async () => [] } }],
      };
    }
  }
  const app = await createServiceApp(TestModule.forRoot(), {
    service: 'exposure-test',
    title: 'exposure test',
    logger,
    port: 0,
    host: '127.0.0.1',
    handleSignals: false,
    docs: docsEnabled(env),
  });
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

describe('exposure settings', () => {
  it('reads DOCS_ENABLED, NODE_ENV and METRICS_TOKEN', () => {
    expect(docsEnabled(envWith({}))).toBe(true);
    expect(docsEnabled(envWith({ NODE_ENV: 'production' }))).toBe(false);
    expect(docsEnabled(envWith({ NODE_ENV: 'production', DOCS_ENABLED: 'true' }))).toBe(true);
    expect(docsEnabled(envWith({ DOCS_ENABLED: 'false' }))).toBe(false);
    expect(metricsAccess(envWith({}))).toBe('open');
    expect(metricsAccess(envWith({ NODE_ENV: 'production' }))).toBe('closed');
    expect(metricsAccess(envWith({ METRICS_TOKEN: TOKEN }))).toEqual({ token: TOKEN });
    expect(() => envWith({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});

describe('a service in production with a metrics token', () => {
  let app: INestApplication;
  let url: string;
  beforeAll(async () => ({ app, url } = await start({ NODE_ENV: 'production', METRICS_TOKEN: TOKEN })));
  afterAll(() => app.close());

  it('answers /metrics only to the bearer of METRICS_TOKEN', async () => {
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    expect((await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
    expect((await fetch(`${url}/metrics`, { headers: { authorization: TOKEN } })).status).toBe(401);
    const scraped = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('baeum_http_request_duration_seconds');
  });

  it('serves no API documents', async () => {
    expect((await fetch(`${url}/docs`)).status).toBe(404);
    expect((await fetch(`${url}/docs-json`)).status).toBe(404);
  });

  it('sends the security headers on every answer and no X-Powered-By', async () => {
    for (const path of ['/page', '/health/live', '/no-such-path']) {
      const { headers } = await fetch(`${url}${path}`);
      expect(headers.get('x-powered-by')).toBeNull();
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      // Scripts only from the app's own files: no inline script, no eval.
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    }
  });
});

describe('a service on a developer machine (no NODE_ENV, no token)', () => {
  let app: INestApplication;
  let url: string;
  beforeAll(async () => ({ app, url } = await start({})));
  afterAll(() => app.close());

  it('serves /metrics and the API documents openly, as the embedded demo does', async () => {
    expect((await fetch(`${url}/metrics`)).status).toBe(200);
    expect((await fetch(`${url}/docs-json`)).status).toBe(200);
  });
});

describe('a service with a metrics token and documents switched off outside production', () => {
  let app: INestApplication;
  let url: string;
  beforeAll(async () => ({ app, url } = await start({ METRICS_TOKEN: TOKEN, DOCS_ENABLED: 'false' })));
  afterAll(() => app.close());

  it('still asks for the token and serves no documents', async () => {
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    expect((await fetch(`${url}/docs-json`)).status).toBe(404);
  });
});
