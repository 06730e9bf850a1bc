import { Body, Controller, DynamicModule, HttpCode, INestApplication, Module, Param, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import Redis from 'ioredis';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { createServiceApp } from './bootstrap';
import { BaseEnv, loadEnv } from './config';
import { conflict, CodedException } from './errors';
import { IDEMPOTENCY_TTL_SECONDS, OwnIdempotency } from './idempotency';
import { ServiceKitModule } from './kit.module';

/**
 * The kit's Idempotency-Key handling in a real Nest app over the real Redis (127.0.0.1:6379), its
 * keys under this run's own prefix, removed afterwards. The controller's effects are counted here.
 */
const REDIS_URL = process.env.BAEUM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `idem-spec-${randomBytes(4).toString('hex')}:`;
const SECRET = 'idempotency-spec-secret-0123456789abcdef';
const SLOW_KEY = `slow-${randomUUID()}`;

const effects: Record<string, number> = {};
let release: (() => void) | undefined;

@Controller('things')
class ThingsController {
  @Post()
  create(@Body() body: { name: string }): { id: number; name: string } {
    effects[body.name] = (effects[body.name] ?? 0) + 1;
    if (body.name === 'taken') throw conflict('CONFLICT', { message: 'taken' });
    if (body.name === 'busy') throw new CodedException(503, 'UNAVAILABLE', { params: { retryAfterSeconds: 1 } });
    return { id: effects[body.name], name: body.name };
  }

  @Post('held')
  @HttpCode(200)
  async held(@Body() body: { name: string }): Promise<{ done: string }> {
    effects[body.name] = (effects[body.name] ?? 0) + 1;
    await new Promise<void>((resolve) => (release = resolve));
    return { done: body.name };
  }

  @Post('own/:id')
  @OwnIdempotency()
  own(@Param('id') id: string): { id: string } {
    effects[`own-${id}`] = (effects[`own-${id}`] ?? 0) + 1;
    return { id };
  }
}

let app: INestApplication;
let url: string;
const jwt = new JwtService({ secret: SECRET, signOptions: { algorithm: 'HS256' } });
const tokenOf = (sub: string) =>
  jwt.sign({ sub, tid: 'a0000000-0000-4000-8000-000000000001', role: 'admin', name: 'spec', agency: null, cv: 0 });
const alice = tokenOf(randomUUID());
const bob = tokenOf(randomUUID());

async function post(path: string, body: unknown, key?: string, token = alice) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(key === undefined ? {} : { 'idempotency-key': key }),
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, any>,
    retryAfter: response.headers.get('retry-after'),
    replayed: response.headers.get('idempotent-replayed'),
  };
}

beforeAll(async () => {
  const env = loadEnv(BaseEnv, {
    PORT: '0',
    DATABASE_URL: 'postgres://unused/unused',
    MESSAGING_TRANSPORT: 'embedded',
    REDIS_URL,
    REDIS_KEY_PREFIX: PREFIX,
    JWT_SECRET: SECRET,
    FAULT_SLOW_IDEMPOTENCY_KEY: SLOW_KEY,
    FAULT_SLOW_MS: '300',
  });
  const logger = pino({ level: 'silent' });
  @Module({})
  class TestModule {
    static forRoot(): DynamicModule {
      return {
        module: TestModule,
        imports: [ServiceKitModule.forRoot({ service: 'idem', env, logger })],
        controllers: [ThingsController],
        providers: [{ provide: DataSource, useValue: { query: async () => [], options: { schema: 'idem' } } }],
      };
    }
  }
  app = await createServiceApp(TestModule.forRoot(), {
    service: 'idem',
    title: 'idempotency spec',
    logger,
    port: 0,
    host: '127.0.0.1',
    handleSignals: false,
    docs: false,
  });
  url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
});

afterAll(async () => {
  release?.();
  await app?.close();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${PREFIX}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe('a write sent again with the same Idempotency-Key', () => {
  it('is applied once, and its answer is replayed unchanged', async () => {
    const key = randomUUID();
    const first = await post('/things', { name: 'once' }, key);
    const again = await post('/things', { name: 'once' }, key);
    expect([first.status, first.body, first.replayed]).toEqual([201, { id: 1, name: 'once' }, null]);
    expect([again.status, again.body, again.replayed]).toEqual([201, { id: 1, name: 'once' }, 'true']);
    expect(effects.once).toBe(1);
    // Kept in Redis under the service, tenant and user, for a day.
    const redis = new Redis(REDIS_URL);
    const [stored] = await redis.keys(`${PREFIX}idem:idem:a0000000-0000-4000-8000-000000000001:*:${key}`);
    expect(await redis.ttl(stored)).toBeGreaterThan(IDEMPOTENCY_TTL_SECONDS - 60);
    await redis.quit();
  });

  it('is refused with REQUEST.KEY_REUSED when its body differs, and nothing more is done', async () => {
    const key = randomUUID();
    expect((await post('/things', { name: 'first-body' }, key)).status).toBe(201);
    const other = await post('/things', { name: 'second-body' }, key);
    expect([other.status, other.body.code, other.body.field]).toEqual([422, 'REQUEST.KEY_REUSED', 'Idempotency-Key']);
    expect(effects['second-body']).toBeUndefined();
  });

  it('is answered 409 REQUEST.IN_PROGRESS with Retry-After while the first is still working, then replayed', async () => {
    const key = randomUUID();
    const first = post('/things/held', { name: 'held' }, key);
    while (!release) await new Promise((resolve) => setTimeout(resolve, 20));
    const during = await post('/things/held', { name: 'held' }, key);
    expect([during.status, during.body.code, during.retryAfter]).toEqual([409, 'REQUEST.IN_PROGRESS', '1']);
    release();
    expect((await first).status).toBe(200);
    const after = await post('/things/held', { name: 'held' }, key);
    expect([after.status, after.body, after.replayed]).toEqual([200, { done: 'held' }, 'true']);
    expect(effects.held).toBe(1);
  });

  it('replays a refusal (4xx) as it was, but runs again after an answer of 503 (nothing kept)', async () => {
    const taken = randomUUID();
    expect((await post('/things', { name: 'taken' }, taken)).body.code).toBe('CONFLICT');
    const replayed = await post('/things', { name: 'taken' }, taken);
    expect([replayed.status, replayed.body.code, replayed.replayed]).toEqual([409, 'CONFLICT', 'true']);
    expect(effects.taken).toBe(1);
    const busy = randomUUID();
    expect((await post('/things', { name: 'busy' }, busy)).status).toBe(503);
    expect((await post('/things', { name: 'busy' }, busy)).status).toBe(503);
    expect(effects.busy).toBe(2);
  });

  it('is per user: the same key of another user is another write', async () => {
    const key = randomUUID();
    await post('/things', { name: 'per-user' }, key, alice);
    const theirs = await post('/things', { name: 'per-user' }, key, bob);
    expect([theirs.status, theirs.replayed, effects['per-user']]).toEqual([201, null, 2]);
  });

  it('keeps the answer of a write that answered late (the test fault) for its retry', async () => {
    const first = await post('/things', { name: 'slow' }, SLOW_KEY);
    const again = await post('/things', { name: 'slow' }, SLOW_KEY);
    expect([first.status, again.status, again.replayed, effects.slow]).toEqual([201, 201, 'true', 1]);
  });
});

describe('what the kit leaves alone or refuses', () => {
  it('refuses a malformed key with 400 naming the header, doing nothing', async () => {
    const bad = await post('/things', { name: 'malformed' }, 'short');
    expect([bad.status, bad.body.code, bad.body.errors?.[0]]).toEqual([
      400,
      'VALIDATION',
      expect.objectContaining({ field: 'Idempotency-Key', code: 'VALIDATION.FORMAT' }),
    ]);
    expect(effects.malformed).toBeUndefined();
  });

  it('runs every write without a key, and routes that keep their own keys, each time', async () => {
    await post('/things', { name: 'keyless' });
    await post('/things', { name: 'keyless' });
    const key = randomUUID();
    await post('/things/own/x', {}, key);
    await post('/things/own/x', {}, key);
    expect([effects.keyless, effects['own-x']]).toEqual([2, 2]);
  });
});
