import { Body, Controller, DynamicModule, INestApplication, Module, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import Redis from 'ioredis';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { createServiceApp } from './bootstrap';
import { BaseEnv, loadEnv } from './config';
import { conflict } from './errors';
import { keyedDatabaseModule, requestKeyQueries, requestKeysTableUp } from './kept-answers';
import { ServiceKitModule } from './kit.module';
import { specDatabase } from './spec-database';

/**
 * Keyed writes whose answer Redis never heard — the process died between the commit and keeping it —
 * in a real Nest app over a real PostgreSQL (a database of this run's own) and the real Redis (this
 * run's own prefix). Deleting the Redis entry after a write is what its expiry after a crash leaves.
 */
const REDIS_URL = process.env.BAEUM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const database = specDatabase('kept');
const PREFIX = `kept-spec-${randomBytes(4).toString('hex')}:`;
const SECRET = 'kept-answers-spec-secret-0123456789abcdef';
const SCHEMA = 'kept_spec';
const TENANT = 'a0000000-0000-4000-8000-000000000001';

@Controller('things')
class ThingsController {
  constructor(private readonly dataSource: DataSource) {}

  /** Makes a thing; a name starting "unique-" is refused, before any transaction, once a thing has it. */
  @Post()
  async make(@Body() body: { name: string }): Promise<{ id: string; name: string }> {
    if (body.name.startsWith('unique-') && (await this.countOf(body.name)) > 0) throw conflict('CONFLICT', { message: 'taken' });
    return this.dataSource.transaction((tx) => this.insert(tx.query.bind(tx), body.name));
  }

  /** Answers other than its transaction's result. */
  @Post('mapped')
  async mapped(@Body() body: { name: string }): Promise<{ made: string }> {
    const thing = await this.dataSource.transaction((tx) => this.insert(tx.query.bind(tx), body.name));
    return { made: thing.id };
  }

  /** Two transactions: the first keeps the key, the second runs as always. */
  @Post('two')
  async two(@Body() body: { name: string }): Promise<{ ids: string[] }> {
    const first = await this.dataSource.transaction((tx) => this.insert(tx.query.bind(tx), body.name));
    const second = await this.dataSource.transaction((tx) => this.insert(tx.query.bind(tx), `${body.name}-2`));
    return { ids: [first.id, second.id] };
  }

  /** Reads in one transaction, then writes in another: the one that wrote keeps the key. */
  @Post('read-then-write')
  async readThenWrite(@Body() body: { name: string }): Promise<{ id: string; before: number }> {
    const before = await this.dataSource.transaction(
      async (tx) => (await tx.query(`SELECT count(*)::int AS n FROM "${SCHEMA}".thing`))[0].n,
    );
    const thing = await this.dataSource.transaction((tx) => this.insert(tx.query.bind(tx), body.name));
    return { id: thing.id, before };
  }

  /** Writes, then refuses (a check after the transaction). */
  @Post('refuse-after')
  async refuseAfter(@Body() body: { name: string }): Promise<never> {
    await this.dataSource.transaction((tx) => this.insert(tx.query.bind(tx), body.name));
    throw conflict('CONFLICT', { message: 'refused after writing' });
  }

  private async insert(query: (sql: string, params: unknown[]) => Promise<unknown>, name: string) {
    const id = randomUUID();
    await query(`INSERT INTO "${SCHEMA}".thing (id, name) VALUES ($1, $2)`, [id, name]);
    return { id, name };
  }

  async countOf(name: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM "${SCHEMA}".thing WHERE name = $1`, [name]);
    return row.n;
  }
}

let app: INestApplication;
let url: string;
let dataSource: DataSource;
const redis = new Redis(REDIS_URL, { lazyConnect: true });
const jwt = new JwtService({ secret: SECRET, signOptions: { algorithm: 'HS256' } });
const token = jwt.sign({ sub: randomUUID(), tid: TENANT, role: 'admin', name: 'spec', agency: null, cv: 0 });

async function post(path: string, body: unknown, key: string) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, any>,
    replayed: response.headers.get('idempotent-replayed'),
  };
}

/** What a process killed after its commit leaves in Redis once its claim expired: nothing. */
async function forgetInRedis(key: string): Promise<void> {
  const entries = await redis.keys(`${PREFIX}*:${key}`);
  expect(entries).toHaveLength(1);
  await redis.del(...entries);
}

const countOf = async (name: string) =>
  (await dataSource.query(`SELECT count(*)::int AS n FROM "${SCHEMA}".thing WHERE name = $1`, [name]))[0].n as number;

beforeAll(async () => {
  await database.create();
  const setup = new Client({ connectionString: database.url });
  await setup.connect();
  await setup.query(`CREATE SCHEMA "${SCHEMA}"`);
  await setup.query(`CREATE TABLE "${SCHEMA}".thing (id uuid PRIMARY KEY, name text NOT NULL)`);
  for (const sql of requestKeysTableUp(SCHEMA)) await setup.query(sql);
  await setup.end();
  await redis.connect();
  const env = loadEnv(BaseEnv, {
    PORT: '0',
    DATABASE_URL: database.url,
    MESSAGING_TRANSPORT: 'embedded',
    REDIS_URL,
    REDIS_KEY_PREFIX: PREFIX,
    JWT_SECRET: SECRET,
  });
  const logger = pino({ level: 'silent' });
  @Module({})
  class TestModule {
    static forRoot(): DynamicModule {
      return {
        module: TestModule,
        imports: [
          keyedDatabaseModule({ url: database.url, schema: SCHEMA, poolSize: 4, entities: [], migrations: [] }),
          ServiceKitModule.forRoot({ service: 'kept', env, logger }),
        ],
        controllers: [ThingsController],
      };
    }
  }
  app = await createServiceApp(TestModule.forRoot(), {
    service: 'kept',
    title: 'kept answers spec',
    logger,
    port: 0,
    host: '127.0.0.1',
    handleSignals: false,
    docs: false,
  });
  url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  dataSource = app.get(DataSource);
});

afterAll(async () => {
  await app?.close();
  const keys = await redis.keys(`${PREFIX}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  await database.drop();
});

describe('a keyed write committed before its process died', () => {
  it('is answered from the database on its retry, and not made twice', async () => {
    const key = randomUUID();
    const first = await post('/things', { name: 'cohort' }, key);
    await forgetInRedis(key);
    const retry = await post('/things', { name: 'cohort' }, key);
    expect([first.status, first.body.name]).toEqual([201, 'cohort']);
    expect([retry.status, retry.body, retry.replayed]).toEqual([201, first.body, 'true']);
    expect(await countOf('cohort')).toBe(1);
    // Redis has the answer again: the next retry needs no database.
    const again = await post('/things', { name: 'cohort' }, key);
    expect([again.body, again.replayed]).toEqual([first.body, 'true']);
  });

  it('is answered as it was, not refused, when a check before the transaction sees what it did', async () => {
    const key = randomUUID();
    const first = await post('/things', { name: 'unique-room' }, key);
    await forgetInRedis(key);
    const retry = await post('/things', { name: 'unique-room' }, key);
    expect([retry.status, retry.body, retry.replayed]).toEqual([201, first.body, 'true']);
    expect(await countOf('unique-room')).toBe(1);
    // Another key is another write, and its refusal stands.
    expect((await post('/things', { name: 'unique-room' }, randomUUID())).status).toBe(409);
  });

  it("replays the handler's own answer when it differs from the transaction's result", async () => {
    const key = randomUUID();
    const first = await post('/things/mapped', { name: 'mapped' }, key);
    await forgetInRedis(key);
    const retry = await post('/things/mapped', { name: 'mapped' }, key);
    expect(Object.keys(first.body)).toEqual(['made']);
    expect([retry.status, retry.body, retry.replayed]).toEqual([201, first.body, 'true']);
    expect(await countOf('mapped')).toBe(1);
  });

  it('refuses the same key with another body (REQUEST.KEY_REUSED) and does nothing', async () => {
    const key = randomUUID();
    await post('/things', { name: 'first-body' }, key);
    await forgetInRedis(key);
    const other = await post('/things', { name: 'second-body' }, key);
    expect([other.status, other.body.code, other.body.field]).toEqual([422, 'REQUEST.KEY_REUSED', 'Idempotency-Key']);
    expect(await countOf('second-body')).toBe(0);
  });

  it("keys a request's first transaction only", async () => {
    const key = randomUUID();
    const first = await post('/things/two', { name: 'pair' }, key);
    expect(first.body.ids).toHaveLength(2);
    expect([await countOf('pair'), await countOf('pair-2')]).toEqual([1, 1]);
    const kept = await dataSource.query(`SELECT body FROM "${SCHEMA}".request_key WHERE key = $1`, [key]);
    expect(kept).toEqual([{ body: first.body }]);
  });
});

describe('what a keyed write keeps in the database', () => {
  it('is nothing for a transaction that only read: the next one, which writes, keeps the key', async () => {
    const key = randomUUID();
    const first = await post('/things/read-then-write', { name: 'read-first' }, key);
    const kept = await dataSource.query(`SELECT body FROM "${SCHEMA}".request_key WHERE key = $1`, [key]);
    expect(kept).toEqual([{ body: first.body }]);
    await forgetInRedis(key);
    const retry = await post('/things/read-then-write', { name: 'read-first' }, key);
    expect([retry.status, retry.body, retry.replayed]).toEqual([201, first.body, 'true']);
    expect(await countOf('read-first')).toBe(1);
  });

  it('is the refusal, when the handler refused after its transaction committed', async () => {
    const key = randomUUID();
    const first = await post('/things/refuse-after', { name: 'refused-after' }, key);
    await forgetInRedis(key);
    const retry = await post('/things/refuse-after', { name: 'refused-after' }, key);
    expect([first.status, first.body.code]).toEqual([409, 'CONFLICT']);
    expect([retry.status, retry.body, retry.replayed]).toEqual([409, first.body, 'true']);
    expect(await countOf('refused-after')).toBe(1);
  });
});

describe('keys kept in the database', () => {
  it('are not kept for writes without a key', async () => {
    const before = (await dataSource.query(`SELECT count(*)::int AS n FROM "${SCHEMA}".request_key`))[0].n;
    await fetch(`${url}/things`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'keyless' }),
    });
    const after = (await dataSource.query(`SELECT count(*)::int AS n FROM "${SCHEMA}".request_key`))[0].n;
    expect([await countOf('keyless'), after - before]).toEqual([1, 0]);
  });

  it('are forgotten after their day, and not before', async () => {
    const old = randomUUID();
    const fresh = randomUUID();
    await post('/things', { name: 'old' }, old);
    await post('/things', { name: 'fresh' }, fresh);
    await dataSource.query(`UPDATE "${SCHEMA}".request_key SET created_at = now() - interval '25 hours' WHERE key = $1`, [old]);
    expect(await requestKeyQueries.purge(dataSource, 24 * 60 * 60)).toBe(1);
    const left = await dataSource.query(`SELECT key FROM "${SCHEMA}".request_key WHERE key = ANY($1)`, [[old, fresh]]);
    expect(left).toEqual([{ key: fresh }]);
  });
});
