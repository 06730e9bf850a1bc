import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { RoundRobinBalancer } from './balancer';
import { onFreshConnection } from './fresh-connection';
import { budgetLinesReplicated } from './budget-line-replica';
import { registerPeopleAt, TestPerson } from './people';
import { freePort } from './ports';
import { createTopics, deleteTopics, repoRoot } from './topics';
import { eventually } from './wait';

export const SERVICE_NAMES = ['curriculum', 'enrollment', 'examination', 'finance', 'notification', 'gateway'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface StackOptions {
  /** Extra environment per service (fault injection, limits). */
  env?: Partial<Record<ServiceName, Record<string, string>>>;
  /**
   * Instances per service (default 1). With more than one, the instances share the service's
   * database and consumer group, and `url(service)` is a round-robin balancer in front of them.
   */
  instances?: Partial<Record<ServiceName, number>>;
  /** The services to start (default: all). The others get their databases and topics, but no process. */
  services?: ServiceName[];
}

export interface InfraEndpoints {
  pgUrl: string;
  kafkaBrokers: string;
  redisUrl: string;
}

/** Endpoints the integration global setup brought up. */
export function infra(): InfraEndpoints {
  const { BAEUM_TEST_PG_URL, BAEUM_TEST_KAFKA_BROKERS, BAEUM_TEST_REDIS_URL } = process.env;
  if (!BAEUM_TEST_PG_URL || !BAEUM_TEST_KAFKA_BROKERS || !BAEUM_TEST_REDIS_URL)
    throw new Error('integration infrastructure not set up (run through jest with the integration project)');
  return { pgUrl: BAEUM_TEST_PG_URL, kafkaBrokers: BAEUM_TEST_KAFKA_BROKERS, redisUrl: BAEUM_TEST_REDIS_URL };
}

export const TEST_JWT_SECRET = 'integration-tests-only-secret-0123456789abcdef';

const withDatabase = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

/**
 * Under `npm run bench` (BENCH_PROFILE_DIR set), each service process writes a CPU profile of its
 * own when it exits: the benchmark's process is only the load generator, the hot path runs here.
 */
function cpuProfileArgs(name: string): string[] {
  const dir = process.env.BENCH_PROFILE_DIR;
  return dir ? ['--cpu-prof', '--cpu-prof-dir', join(dir, name)] : [];
}

/**
 * The six services as separate processes over the real broker, database and cache, each with
 * its own fresh database and its own consumer group for this run, built from `dist/`.
 */
export class ServiceStack {
  /** Keyed by `service#instance`. */
  private readonly processes = new Map<string, ChildProcess>();
  private readonly exits = new Map<string, Promise<{ code: number | null; signal: string | null }>>();
  private readonly balancers: RoundRobinBalancer[] = [];

  private constructor(
    readonly runId: string,
    private readonly ports: Record<ServiceName, number>,
    /** Each instance's own port; a service of one instance listens on `ports[service]` itself. */
    private readonly instancePorts: Record<ServiceName, number[]>,
    private readonly options: StackOptions,
    private readonly logDir: string,
  ) {}

  static async start(options: StackOptions = {}): Promise<ServiceStack> {
    const runId = randomBytes(4).toString('hex');
    const ports = {} as Record<ServiceName, number>;
    const instancePorts = {} as Record<ServiceName, number[]>;
    for (const name of SERVICE_NAMES) {
      ports[name] = await freePort();
      const count = options.instances?.[name] ?? 1;
      instancePorts[name] = count === 1 ? [ports[name]] : await Promise.all(Array.from({ length: count }, () => freePort()));
    }
    const logDir = join(repoRoot(), 'tmp', 'test-logs', runId);
    mkdirSync(logDir, { recursive: true });
    const stack = new ServiceStack(runId, ports, instancePorts, options, logDir);
    try {
      await stack.createDatabases();
      await createTopics(infra().kafkaBrokers, stack.topicPrefix);
      for (const name of SERVICE_NAMES) {
        if (instancePorts[name].length > 1) stack.balancers.push(await RoundRobinBalancer.start(ports[name], instancePorts[name]));
      }
      // All at once: starting is CPU-bound (loading modules), and a gateway launched after the others
      // left a core idle. The order loses nothing: a new consumer group reads its topics from the
      // beginning, and no service calls another while it starts.
      const wanted = (service: ServiceName) => !options.services || options.services.includes(service);
      const launchAll = (service: ServiceName) => Promise.all(instancePorts[service].map((_, i) => stack.launch(service, {}, i)));
      await Promise.all(SERVICE_NAMES.filter(wanted).map(launchAll));
      // Tests schedule cohorts on the seeded lines at once: curriculum must have heard of them first.
      if (wanted('curriculum') && wanted('finance')) await budgetLinesReplicated((service, sql) => stack.query(service, sql));
      registerPeopleAt(stack.gatewayUrl, (person) => stack.registerPerson(person));
    } catch (error) {
      // A stack that did not come up leaves nothing running behind it.
      await stack.stop().catch(() => undefined);
      throw error;
    }
    return stack;
  }

  instanceCount(service: ServiceName): number {
    return this.instancePorts[service].length;
  }

  /** One instance's own address, past the balancer. */
  instanceUrl(service: ServiceName, instance: number): string {
    return `http://127.0.0.1:${this.instancePorts[service][instance]}`;
  }

  get gatewayUrl(): string {
    return this.url('gateway');
  }

  url(service: ServiceName): string {
    return `http://127.0.0.1:${this.ports[service]}`;
  }

  databaseName(service: ServiceName): string {
    return `baeum_t${this.runId}_${service}`;
  }

  /** This run's topics are its own (`t<runId>.curriculum.cohort`, …): runs never see each other's events. */
  get topicPrefix(): string {
    return `t${this.runId}.`;
  }

  /** Rate-limit counters and caches are this run's own too: earlier runs' sign-ups do not count. */
  get redisKeyPrefix(): string {
    return `t${this.runId}:`;
  }

  topic(name: string): string {
    return this.topicPrefix + name;
  }

  groupId(service: ServiceName): string {
    return `${service}-t${this.runId}`;
  }

  /** A few connections kept for the accounts of invented people: a rush of thousands makes one each. */
  private peoplePool: Pool | undefined;

  /**
   * The gateway account of a person a test invents (clientAs): it cannot sign in (no password), but
   * its tokens pass the gateway's check that the user exists with the token's credential version.
   */
  async registerPerson(person: Required<TestPerson>): Promise<void> {
    this.peoplePool ??= new Pool({ connectionString: withDatabase(infra().pgUrl, this.databaseName('gateway')), max: 4 });
    await this.peoplePool.query(
      `INSERT INTO gateway.app_user (id, tenant_id, email, name, role, agency_code, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6, 'none') ON CONFLICT DO NOTHING`,
      [person.userId, person.tenantId, `invented-${person.userId}@people.test`, person.name, person.role, person.agencyCode],
    );
  }

  /** Runs SQL against one service's own database. */
  async query<T = any>(service: ServiceName, sql: string, params: unknown[] = []): Promise<T[]> {
    return onFreshConnection(
      withDatabase(infra().pgUrl, this.databaseName(service)),
      async (c) => (await c.query(sql, params)).rows as T[],
    );
  }

  envOf(service: ServiceName, extra: Record<string, string> = {}, instance = 0): Record<string, string> {
    const { pgUrl, kafkaBrokers, redisUrl } = infra();
    const urls = Object.fromEntries(SERVICE_NAMES.filter((s) => s !== 'gateway').map((s) => [`${s.toUpperCase()}_URL`, this.url(s)]));
    return {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      PORT: String(this.instancePorts[service][instance]),
      DATABASE_URL: withDatabase(pgUrl, this.databaseName(service)),
      DB_POOL_SIZE: '10',
      MESSAGING_TRANSPORT: 'kafka',
      KAFKA_BROKERS: kafkaBrokers,
      KAFKA_GROUP_ID: this.groupId(service),
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
      KAFKA_SESSION_TIMEOUT_MS: '10000',
      // The whole suite can run on the earlier Kafka client too (ADR 0018): BAEUM_TEST_KAFKA_CLIENT=kafkajs.
      ...(process.env.BAEUM_TEST_KAFKA_CLIENT ? { KAFKA_CLIENT: process.env.BAEUM_TEST_KAFKA_CLIENT } : {}),
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: this.redisKeyPrefix,
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'info',
      SEED_DEMO: 'true',
      LOGIN_FAILURES_PER_ADDRESS: '100',
      ...(service === 'gateway' ? urls : {}),
      // The waiting room stays open only where a test asks for it: the others submit at whatever rate they test.
      ...(service === 'gateway' ? { WAITING_ROOM_RATE: '0' } : {}),
      // No mail server unless a test brings one: mails become .eml files beside this run's logs.
      ...(service === 'notification' ? { PUBLIC_BASE_URL: this.gatewayUrl, MAIL_DIR: join(this.logDir, 'mail') } : {}),
      ...this.options.env?.[service],
      ...extra,
    };
  }

  /** Starts one instance of a service (the first by default) and waits until it reports ready. */
  async launch(service: ServiceName, extraEnv: Record<string, string> = {}, instance = 0): Promise<void> {
    const main = join(repoRoot(), 'dist', 'services', service, 'src', 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
    const key = `${service}#${instance}`;
    const log = createWriteStream(this.logFile(service, instance), { flags: 'a' });
    const child = spawn(process.execPath, [...cpuProfileArgs(`${service}-${instance}`), main], {
      env: this.envOf(service, extraEnv, instance),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.processes.set(key, child);
    this.exits.set(key, new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))));
    let exited = false;
    void this.exits.get(key)!.then(() => (exited = true));
    const failed = () => new Error(`${service} exited during start-up:\n${this.logTail(service, 40, instance)}`);
    await eventually(
      async () => {
        if (exited) throw failed();
        const response = await fetch(`${this.instanceUrl(service, instance)}/health/ready`).catch(() => undefined);
        return response?.status === 200;
      },
      { timeoutMs: 120000, intervalMs: 250, what: `${service} to be ready` },
    ).catch((error) => {
      if (exited) throw failed();
      throw error;
    });
  }

  /** Resolves when the instance's process has exited (for instance after an injected crash). */
  waitForExit(service: ServiceName, instance = 0) {
    return this.exits.get(`${service}#${instance}`)!;
  }

  async kill(service: ServiceName, signal: NodeJS.Signals = 'SIGKILL', instance = 0) {
    this.processes.get(`${service}#${instance}`)?.kill(signal);
    return this.waitForExit(service, instance);
  }

  logTail(service: ServiceName, lines = 40, instance = 0): string {
    const file = this.logFile(service, instance);
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : '(no log)';
  }

  private logFile(service: ServiceName, instance: number): string {
    return join(this.logDir, instance === 0 ? `${service}.log` : `${service}-${instance}.log`);
  }

  /** SIGTERM to every instance (graceful shutdown), then drops this run's databases and topics. */
  async stop(): Promise<void> {
    registerPeopleAt(this.gatewayUrl, undefined);
    await this.peoplePool?.end();
    await Promise.all(
      [...this.processes].map(async ([key, child]) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
        await this.exits.get(key);
        clearTimeout(timer);
      }),
    );
    await Promise.all(this.balancers.map((b) => b.stop()));
    await Promise.all([
      this.adminQuery(SERVICE_NAMES.map((s) => `DROP DATABASE IF EXISTS "${this.databaseName(s)}" WITH (FORCE)`)),
      deleteTopics(infra().kafkaBrokers, this.topicPrefix),
    ]);
  }

  private async createDatabases() {
    await this.adminQuery(SERVICE_NAMES.map((s) => `CREATE DATABASE "${this.databaseName(s)}"`));
  }

  /**
   * Each statement on a connection of its own, all at once: creating or dropping a database copies or
   * removes its files, and six of them one after the other took 1.3–1.5 s of every stack's start
   * against 0.7–0.8 s together.
   */
  private async adminQuery(statements: string[]) {
    const outcomes = await Promise.allSettled(statements.map((sql) => onFreshConnection(infra().pgUrl, (c) => c.query(sql))));
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
