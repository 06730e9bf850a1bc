import { defineEvent, EventEnvelope } from '@baeum/contracts';
import {
  ConsumerRuntime,
  EventHandler,
  EventPublisher,
  InboundMessage,
  createKafkaTransport,
  KafkaClientName,
  messagingTablesUp,
  OutboxRelay,
  BatchEnd,
  BatchHooks,
  DEFAULT_RETRY,
} from '@baeum/messaging';
import { createLogger } from '@baeum/service-kit';
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { atLeast, below, BenchReport, runBench } from '../report';
import { kafkaProducerReference } from './producer-performance';

/**
 * Events through the whole path: a writer's transaction puts each event in the outbox, the relay
 * publishes to a real Kafka topic, a consumer group applies it with its inbox row in one
 * transaction. Prints events per second end to end and latency from the writer's commit to the
 * consumer's commit, beside a reference measured in the same run on the same machine: pgbench
 * running the same outbox insert and Kafka's own ProducerPerformance tool, whichever is lower.
 *
 * Two shapes of writer transaction: one event each (an API call) and ten each (a bulk import).
 *
 * `--clients kafkajs,platformatic` runs each shape on each Kafka client behind the transport (ADR 0018).
 *
 *   npm run bench:messaging [-- --events 30000 --writers 8 --rate 5000 --clients platformatic]
 */
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const EVENTS = Number(args.get('events') ?? 30000);
const WRITERS = Number(args.get('writers') ?? 8);
const CLIENTS = (args.get('clients') ?? 'platformatic').split(',') as KafkaClientName[];
const PARTITIONS = 6;

const PG_URL = process.env.BAEUM_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';

// The writer thread evaluates this module again: it takes the main thread's run id (and so its topic).
const runId: string = isMainThread ? randomBytes(3).toString('hex') : workerData.runId;
const database = `baeum_bench_${runId}`;
const topicBase = `bench.events-${runId}`;
/**
 * Events per writer transaction, written as fast as the writers can (closed loop), or at a fixed
 * offered rate (open loop): the latency of a pipeline kept saturated is its queue, so the target
 * (5,000 events/s with p99 under 500 ms) is also measured with writers offering exactly that rate.
 */
interface Scenario {
  id: string;
  perTx: number;
  /** Events per second offered; writers go as fast as they can without it. */
  rate?: number;
  client: KafkaClientName;
}
const RATE = Number(args.get('rate') ?? 5000);
const SCENARIOS: Scenario[] = [
  { id: 'tx1', perTx: 1 },
  { id: 'tx10', perTx: 10 },
  { id: `tx10-at-${RATE}`, perTx: 10, rate: RATE },
].flatMap((shape) => CLIENTS.map((client) => ({ ...shape, id: `${shape.id}-${client}`, client })));
/** Each scenario its own topic; the producer tool writes raw records to a topic of its own. */
const scenarioTopic = (scenario: Scenario) => `${topicBase}-${scenario.id}`;
const producerToolTopic = `${topicBase}-producer-tool`;
const deadLetters = `${topicBase}-dlq`;
const schema = 'bench';

interface BenchEvent {
  orderId: string;
  note: string;
}
const benchEvent = (scenario: Scenario) =>
  defineEvent<BenchEvent>({
    type: 'bench.event.recorded',
    version: 1,
    topic: scenarioTopic(scenario),
    keyOf: (p) => p.orderId,
    fields: { orderId: { kind: 'uuid' }, note: { kind: 'string' } },
  });
// A payload about the size of a real cohort event.
const NOTE = '정보통신 집합교육 2027-03-02..2027-03-06 capacity 30 estimated 12000000 won NEWCOMER';

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Records, after the consumer's transaction committed, when each event's effect became visible. */
class TimedRuntime extends ConsumerRuntime {
  readonly appliedAt = new Map<string, number>();
  override async process(messages: InboundMessage[], hooks: BatchHooks): Promise<void> {
    await super.process(messages, hooks);
    const now = performance.now();
    for (const m of messages) this.appliedAt.set(JSON.parse(String(m.value)).id, now);
  }
}

/** Each event's effect is a row; a batch's rows go in one statement at its end, as the runtime allows. */
class RecordEffect implements EventHandler<BenchEvent> {
  private readonly pending = new WeakMap<EntityManager, EventEnvelope<BenchEvent>[]>();
  constructor(readonly contract: ReturnType<typeof benchEvent>) {}
  async handle(event: EventEnvelope<BenchEvent>, tx: EntityManager, batch: BatchEnd) {
    const events = this.pending.get(tx) ?? [];
    this.pending.set(tx, [...events, event]);
    batch.settle('bench.effect', async () => {
      const written = this.pending.get(tx) ?? [];
      this.pending.delete(tx);
      await tx.query(`INSERT INTO bench.effect (order_id, event_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
        written.map((e) => e.payload.orderId),
        written.map((e) => e.id),
      ]);
    });
  }
}

/** Writer thread: WRITERS transactions at a time, paced when the scenario has a rate; answers [event id, commit instant] pairs. */
async function writerThread() {
  const { url, scenario } = workerData as { url: string; scenario: Scenario };
  const { perTx, rate } = scenario;
  const contract = benchEvent(scenario);
  const dataSource = new DataSource({ type: 'postgres', url, extra: { max: WRITERS } });
  await dataSource.initialize();
  const publisher = new EventPublisher({ service: 'bench', schema, serialiseWriters: false });
  const committed: [string, number][] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < EVENTS) {
        // Paced: the transaction holding events [next, next + perTx) is due when the offered rate reaches them.
        const dueIn = rate ? started + (next / rate) * 1000 - performance.now() : 0;
        next += perTx;
        if (dueIn > 0) await new Promise((r) => setTimeout(r, dueIn));
        // A bulk import publishes its events together, one statement for all of them.
        const envelopes = await dataSource.transaction((tx) =>
          publisher.publishMany(
            tx,
            contract,
            randomUUID(),
            Array.from({ length: perTx }, () => ({ orderId: randomUUID(), note: NOTE })),
          ),
        );
        const at = performance.timeOrigin + performance.now();
        for (const envelope of envelopes) committed.push([envelope.id, at]);
      }
    }),
  );
  await dataSource.destroy();
  parentPort!.postMessage({ startedAt: performance.timeOrigin + started, committed });
}

/** When the first write began (after the thread's start-up, which is not the pipeline's) and when each event committed. */
function runWriters(url: string, scenario: Scenario): Promise<{ started: number; committedAt: Map<string, number> }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { url, scenario, runId }, argv: process.argv.slice(2) });
    worker.once('message', ({ startedAt, committed }: { startedAt: number; committed: [string, number][] }) =>
      resolve({
        started: startedAt - performance.timeOrigin,
        committedAt: new Map(committed.map(([id, at]) => [id, at - performance.timeOrigin])),
      }),
    );
    worker.once('error', reject);
  });
}

async function measurePipeline(dataSource: DataSource, scenario: Scenario) {
  await dataSource.query(`TRUNCATE bench.outbox, bench.inbox, bench.effect`);
  const contract = benchEvent(scenario);
  const logger = createLogger('bench', 'warn');
  const runtime = new TimedRuntime(dataSource, schema, 'bench', [new RecordEffect(contract)], DEFAULT_RETRY, logger);
  const kafka = createKafkaTransport(scenario.client, BROKERS.split(','), `bench-${runId}`, logger);
  await kafka.connectProducer();
  await kafka.startConsumer(
    { service: 'bench', group: `bench-${runId}-${scenario.id}`, deadLetterTopic: deadLetters, sessionTimeoutMs: 30000 },
    runtime,
  );
  const relay = new OutboxRelay(dataSource, kafka, { service: 'bench', schema, batchSize: 500, pollMs: 1000 }, logger);
  relay.start();
  const publisher = new EventPublisher({ service: 'bench', schema, serialiseWriters: false });

  // Warm up the path (JIT, connections, group join) before measuring.
  await dataSource.transaction((tx) => publisher.publish(tx, contract, randomUUID(), { orderId: randomUUID(), note: NOTE }));
  while (runtime.appliedAt.size < 1) await new Promise((r) => setTimeout(r, 20));
  runtime.appliedAt.clear();

  // The writers run in a thread of their own, as the publishing service is a process of its own in
  // production; instants are comparable because both threads share the process's clock origin.
  const { started, committedAt } = await runWriters((dataSource.options as { url: string }).url, scenario);
  const writesDone = Math.max(...committedAt.values());
  while (runtime.appliedAt.size < committedAt.size) {
    if (performance.now() - writesDone > 120000)
      throw new Error(`only ${runtime.appliedAt.size} of ${committedAt.size} events applied after 120 s`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const finished = Math.max(...runtime.appliedAt.values());
  await relay.stop();
  await kafka.close();

  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM bench.effect`);
  if (n !== committedAt.size + 1) throw new Error(`expected ${committedAt.size + 1} effects, found ${n}`);
  const latencies = [...committedAt].map(([id, at]) => runtime.appliedAt.get(id)! - at).sort((a, b) => a - b);
  return {
    events: committedAt.size,
    perSecond: committedAt.size / ((finished - started) / 1000),
    writesPerSecond: committedAt.size / ((writesDone - started) / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1],
  };
}

/** pgbench running the very inserts the outbox does, as many per transaction, same client count: events/s. */
function pgbenchReference(url: string, scenario: Scenario): number {
  const { perTx } = scenario;
  const dir = mkdtempSync(join(tmpdir(), 'baeum-bench-'));
  try {
    const script = join(dir, 'outbox-insert.sql');
    const envelope = JSON.stringify({
      id: randomUUID(),
      type: 'bench.event.recorded',
      version: 1,
      occurredAt: new Date().toISOString(),
      tenantId: randomUUID(),
      source: 'bench',
      correlationId: randomUUID(),
      causationId: null,
      payload: { orderId: randomUUID(), note: NOTE },
    });
    // As the writers do: one insert of all the transaction's rows.
    const row = `(gen_random_uuid(), '${scenarioTopic(scenario)}', gen_random_uuid()::text, 'bench.event.recorded', '${envelope.replace(/'/g, "''")}')`;
    writeFileSync(
      script,
      `BEGIN;\nINSERT INTO bench.outbox (id, topic, key, type, envelope) VALUES ${Array(perTx).fill(row).join(', ')};\nCOMMIT;\n`,
    );
    const out = execFileSync('pgbench', ['-n', '-c', String(WRITERS), '-j', '2', '-T', '10', '-f', script, url], { encoding: 'utf8' });
    const tps = /tps = ([\d.]+)/.exec(out);
    if (!tps) throw new Error(`pgbench printed no tps:\n${out}`);
    return Number(tps[1]) * perTx;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const admin = new Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = withDatabase(PG_URL, database);
  const dataSource = new DataSource({ type: 'postgres', url, extra: { max: WRITERS + 4 } });
  const { Kafka, logLevel } = await import('kafkajs');
  const kafkaAdmin = new Kafka({ clientId: 'bench-admin', brokers: BROKERS.split(','), logLevel: logLevel.ERROR }).admin();
  try {
    await dataSource.initialize();
    await dataSource.query(`CREATE SCHEMA ${schema}`);
    for (const sql of messagingTablesUp(schema)) await dataSource.query(sql);
    await dataSource.query(`CREATE TABLE bench.effect (order_id uuid PRIMARY KEY, event_id uuid NOT NULL)`);
    await kafkaAdmin.connect();
    const topics = [...SCENARIOS.map(scenarioTopic), producerToolTopic, deadLetters];
    await kafkaAdmin.createTopics({
      topics: topics.map((topic) => ({ topic, numPartitions: PARTITIONS, replicationFactor: 1 })),
      waitForLeaders: true,
    });

    console.log(
      `Baeum messaging benchmark: ${EVENTS} events per run, ${WRITERS} writers, a topic of ${PARTITIONS} partitions on ${BROKERS}`,
    );
    const f = (x: number) => Math.round(x).toLocaleString('en-US');
    const report = new BenchReport('messaging');
    let producer: number | undefined;
    for (const scenario of SCENARIOS) {
      const { perTx, rate, client } = scenario;
      const ours = await measurePipeline(dataSource, scenario);
      const [{ size }] = await dataSource.query(`SELECT avg(length(envelope::text))::int AS size FROM bench.outbox`);
      const pgbench = pgbenchReference(url, scenario);
      producer ??= kafkaProducerReference(BROKERS, producerToolTopic, EVENTS * 5, size);
      const reference = Math.min(pgbench, producer);
      const shape = perTx === 1 ? 'One event per transaction (an API call)' : `${perTx} events per transaction (a bulk import)`;
      console.log(`\n${shape}, ${rate ? `${f(rate)} events/s offered` : 'as fast as the writers go'}, on ${client}`);
      console.log(
        `  outbox → Kafka → consumer with inbox: ${f(ours.perSecond)} events/s end to end (writers committed ${f(ours.writesPerSecond)}/s)`,
      );
      console.log(
        `  commit-to-effect latency: p50 ${ours.p50.toFixed(0)} ms, p99 ${ours.p99.toFixed(0)} ms, max ${ours.max.toFixed(0)} ms`,
      );
      console.log(`  reference, pgbench of the same outbox inserts (${WRITERS} clients): ${f(pgbench)} events/s`);
      console.log(`  reference, Kafka ProducerPerformance (acks=all, ${size} B records): ${f(producer)} records/s`);
      console.log(
        `  ratio to the lower reference ` +
          `(${pgbench <= producer ? 'pgbench' : 'ProducerPerformance'}): ` +
          `${(ours.perSecond / reference).toFixed(2)}`,
      );
      // Paced, the rate is met when the writers kept to it and every event arrived within the bound.
      const throughput = rate ? (ours.writesPerSecond >= rate * 0.98 ? rate : ours.writesPerSecond) : ours.perSecond;
      console.log(
        `  target ≥ 5,000 events/s with p99 < 500 ms: ` +
          `${throughput >= 5000 && ours.p99 < 500 ? 'met' : 'not met'}` +
          `${rate ? ` (offered ${f(rate)}/s, committed ${f(ours.writesPerSecond)}/s)` : ''}`,
      );
      // The aim is set at the fixed offered rate; as fast as the writers go, the queue's latency is the saturation's.
      report.row({
        name:
          `outbox → Kafka → consumer, ${perTx} per transaction, ${rate ? `${f(rate)}/s offered` : 'writers as fast as they go'}` +
          (client === 'platformatic' ? '' : `, ${client}`),
        figure: { value: ours.perSecond, unit: 'events/s' },
        reference: {
          value: reference,
          unit: 'events/s',
          what: pgbench <= producer ? `pgbench of the same outbox inserts, ${WRITERS} clients` : 'Kafka ProducerPerformance, acks=all',
        },
        measures: {
          p99: { value: ours.p99, unit: 'ms' },
          // Paced, the offered rate counts as kept when the writers committed 98% of it (as printed above).
          ...(rate ? { 'rate kept': { value: throughput, unit: 'events/s' } } : {}),
        },
        aim: rate ? [atLeast('rate kept', 5000), below('p99', 500)] : undefined,
      });
    }
  } finally {
    await kafkaAdmin.deleteTopics({ topics: [...SCENARIOS.map(scenarioTopic), producerToolTopic, deadLetters] }).catch(() => undefined);
    await kafkaAdmin.disconnect().catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

if (!isMainThread) {
  void writerThread();
} else runBench(main);
