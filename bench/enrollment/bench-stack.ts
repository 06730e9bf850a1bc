import { freePort } from '@baeum/testing';
import { Kafka, logLevel } from 'kafkajs';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export const PG_URL = process.env.BAEUM_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const JWT_SECRET = 'enrollment-benchmark-secret-0123456789abcdef';
/** The enrollment service's database pool; pgbench gets as many clients, so both have the same connections. */
export const DB_POOL = 10;
export const PGBENCH_SECONDS = 10;

/** The repository, from `dist/bench/enrollment`. */
const REPO = join(__dirname, '..', '..', '..');

/** Creates (or deletes) every topic of deploy/kafka/topics.txt under `prefix`. */
async function topics(prefix: string, create: boolean) {
  const admin = new Kafka({ clientId: 'enrollment-bench', brokers: BROKERS.split(','), logLevel: logLevel.ERROR }).admin();
  await admin.connect();
  try {
    const declared = readFileSync(join(REPO, 'deploy', 'kafka', 'topics.txt'), 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim().split(/\s+/))
      .filter(([name]) => name);
    if (create)
      await admin.createTopics({
        waitForLeaders: true,
        topics: declared.map(([name, partitions]) => ({ topic: prefix + name, numPartitions: Number(partitions), replicationFactor: 1 })),
      });
    else await admin.deleteTopics({ topics: declared.map(([name]) => prefix + name) });
  } finally {
    await admin.disconnect();
  }
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/**
 * The enrollment service as it runs in production (its own process over PostgreSQL, Kafka and
 * Redis) on a database and topics of its own, beside a client of that database for set-up and
 * for pgbench.
 */
export class BenchStack {
  private constructor(
    readonly url: string,
    readonly databaseUrl: string,
    readonly db: Client,
    private readonly child: ChildProcess,
    private readonly database: string,
    readonly topicPrefix: string,
  ) {}

  static async start(name: string): Promise<BenchStack> {
    const runId = randomBytes(3).toString('hex');
    const database = `baeum_bench_${name}_${runId}`;
    const topicPrefix = `bench${runId}.`;
    const admin = new Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    await topics(topicPrefix, true);
    const port = await freePort();
    const databaseUrl = withDatabase(PG_URL, database);
    // Under `npm run bench` the service writes a CPU profile of its own: the hot path runs there, not in the load generator.
    const profile = process.env.BENCH_PROFILE_DIR
      ? ['--cpu-prof', '--cpu-prof-dir', join(process.env.BENCH_PROFILE_DIR, 'enrollment')]
      : [];
    const child = spawn(process.execPath, [...profile, join(REPO, 'dist', 'services', 'enrollment', 'src', 'main.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        DB_POOL_SIZE: String(DB_POOL),
        MESSAGING_TRANSPORT: 'kafka',
        KAFKA_BROKERS: BROKERS,
        KAFKA_TOPIC_PREFIX: topicPrefix,
        KAFKA_GROUP_ID: `enrollment-bench-${runId}`,
        REDIS_URL,
        JWT_SECRET,
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'true',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const url = `http://127.0.0.1:${port}`;
    for (let waited = 0; (await fetch(`${url}/health/ready`).catch(() => undefined))?.status !== 200; waited += 200) {
      if (child.exitCode !== null || waited > 60_000) throw new Error('the enrollment service did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    return new BenchStack(url, databaseUrl, db, child, database, topicPrefix);
  }

  /** CPU time the service's process has used so far, in ms (user + system, from /proc). */
  cpuMs(): number {
    return ticksToMs(processTicks(readFileSync(`/proc/${this.child.pid}/stat`, 'utf8'), false));
  }

  /** pgbench running `script` with the service's number of connections for PGBENCH_SECONDS: transactions per second. */
  pgbench(script: string, clients = DB_POOL): number {
    const dir = mkdtempSync(join(tmpdir(), 'baeum-bench-'));
    try {
      writeFileSync(join(dir, 'script.sql'), script);
      const out = execFileSync(
        'pgbench',
        ['-n', '-c', String(clients), '-j', '2', '-T', String(PGBENCH_SECONDS), '-f', join(dir, 'script.sql'), this.databaseUrl],
        { encoding: 'utf8' },
      );
      const tps = /tps = ([\d.]+)/.exec(out);
      if (!tps) throw new Error(`pgbench printed no tps:\n${out}`);
      return Number(tps[1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async stop() {
    await this.db.end().catch(() => undefined);
    if (this.child.exitCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      await exited;
    }
    const admin = new Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${this.database}" WITH (FORCE)`);
    await admin.end();
    await topics(this.topicPrefix, false).catch(() => undefined);
  }
}

/**
 * CPU time every PostgreSQL process on this machine has used so far, in ms (user + system, from
 * /proc): the database's share of a path, where the service and pgbench share the two cores with it.
 */
export function databaseCpuMs(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // With its reaped children: the postmaster's are the ended backends' (pgbench's connections).
      if (stat.includes('(postgres)')) ticks += processTicks(stat, true);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return ticksToMs(ticks);
}

/** A `/proc/<pid>/stat` line's utime + stime, and its reaped children's cutime + cstime when asked, in clock ticks. */
function processTicks(stat: string, withChildren: boolean): number {
  const fields = stat.split(') ')[1].split(' ');
  const own = Number(fields[11]) + Number(fields[12]);
  return withChildren ? own + Number(fields[13]) + Number(fields[14]) : own;
}

/** Clock ticks are 1/100 s on Linux. */
const ticksToMs = (ticks: number) => ticks * 10;

/** Runs `work` for items 0..n-1 with at most `inFlight` at once; resolves when all are done. */
export async function pool(n: number, inFlight: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, n) }, async () => {
      while (next < n) await work(next++);
    }),
  );
}
