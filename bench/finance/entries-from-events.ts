import {
  CohortScheduledV1,
  CommitmentRecordedV1,
  deadLetterTopic,
  EventContract,
  FeePaidV1,
  InstituteSettingsChangedV1,
  LineThresholdCrossedV1,
  SeatConfirmedV1,
  SittingHeldV1,
} from '@baeum/contracts';
import { financeService } from '@baeum/finance';
import { createLogger, launchService } from '@baeum/service-kit';
import { DemoTenants } from '@baeum/source-data';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { atLeast, BenchReport, runBench } from '../report';

/**
 * Entries booked from events, per second: the finance service (in this process, over the real
 * broker and PostgreSQL) consumes events produced onto its topics and books them with its
 * inbox, budget control, running totals and the events it announces in turn. Beside it, in the
 * same run, pgbench inserts the same entry rows into the same table, one per transaction, with
 * as many clients as the consumer works partitions at once.
 *
 * Two kinds of event: confirmed seats (each one the meals of a trainee, adjusting its cohort's
 * commitment on the one meal line: the hot row of finance) and paid exam fees (revenue).
 *
 *   npm run bench:finance [-- --seats 20000 --fees 10000]
 */
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const SEATS = Number(args.get('seats') ?? 20000);
const FEES = Number(args.get('fees') ?? 10000);
const COHORTS = 100;
const CONCURRENT_PARTITIONS = 6; // the consumer's partitionsConsumedConcurrently

const PG_URL = process.env.BAEUM_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const runId = randomBytes(3).toString('hex');
const database = `baeum_bench_finance_${runId}`;
const prefix = `bfin${runId}.`;
const tenantId = DemoTenants.seoul.id;
/**
 * The topics finance reads and writes in this run, each its own (prefixed) copy: every topic it
 * subscribes to must exist before it starts (the institute's settings too, or its consumer fails).
 */
const TOPICS = [
  CohortScheduledV1,
  SeatConfirmedV1,
  FeePaidV1,
  SittingHeldV1,
  InstituteSettingsChangedV1,
  CommitmentRecordedV1,
  LineThresholdCrossedV1,
]
  .map((c) => c.topic)
  .concat(deadLetterTopic('finance'));

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

function envelope<P>(contract: EventContract<P>, payload: P, source: string) {
  return {
    id: randomUUID(),
    type: contract.type,
    version: contract.version,
    occurredAt: new Date().toISOString(),
    tenantId,
    source,
    correlationId: randomUUID(),
    causationId: null,
    payload,
  };
}

async function produce<P>(producer: Producer, contract: EventContract<P>, payloads: P[], source: string) {
  for (let i = 0; i < payloads.length; i += 1000) {
    const messages = payloads
      .slice(i, i + 1000)
      .map((p) => ({ key: contract.keyOf(p), value: JSON.stringify(envelope(contract, p, source)) }));
    await producer.send({ topic: prefix + contract.topic, messages });
  }
}

/**
 * Waits until finance has applied every event of the type (its inbox holds them, committed with their
 * effects); returns when it saw that. Seats are settled per cohort and batch, so their entries are
 * fewer than their events: the events are what is counted.
 */
async function waitForApplied(db: Client, eventType: string, count: number): Promise<number> {
  const deadline = performance.now() + 300_000;
  for (;;) {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM finance.inbox WHERE event_type = $1`, [eventType]);
    if (rows[0].n >= count) return Date.now();
    if (performance.now() > deadline) throw new Error(`only ${rows[0].n} of ${count} ${eventType} events applied after 300 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Produces the events, then times from the first send until finance has applied the last. */
async function measure<P>(db: Client, producer: Producer, contract: EventContract<P>, payloads: P[], source: string) {
  const started = Date.now();
  await produce(producer, contract, payloads, source);
  const applied = await waitForApplied(db, contract.type, payloads.length);
  return payloads.length / ((applied - started) / 1000);
}

/** pgbench inserting entry rows like the ones just booked, one per transaction. */
function pgbenchReference(url: string, sample: Record<string, string>): number {
  const dir = mkdtempSync(join(tmpdir(), 'baeum-bench-finance-'));
  try {
    const script = join(dir, 'entry-insert.sql');
    const q = (v: string | null) => (v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`);
    writeFileSync(
      script,
      `INSERT INTO finance.entry (id, tenant_id, budget_line_id, commitment_id, kind, measure, amount, booked_on,
        recorded_at, recorded_by_name, reason, source_event_id, source_event_type, cause_id)
       VALUES (gen_random_uuid(), ${q(sample.tenant_id)}, ${q(sample.budget_line_id)}, ${q(sample.commitment_id)},
         ${q(sample.kind)}, ${q(sample.measure)}, ${sample.amount}, ${q(sample.booked_on)}, now(),
         ${q(sample.recorded_by_name)}, ${q(sample.reason)}, gen_random_uuid(), ${q(sample.source_event_type)},
         ${q(sample.cause_id)});\n`,
    );
    const out = execFileSync('pgbench', ['-n', '-c', String(CONCURRENT_PARTITIONS), '-j', '2', '-T', '10', '-f', script, url], {
      encoding: 'utf8',
    });
    const tps = /tps = ([\d.]+)/.exec(out);
    if (!tps) throw new Error(`pgbench printed no tps:\n${out}`);
    return Number(tps[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const admin = new Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = withDatabase(PG_URL, database);
  const db = new Client({ connectionString: url });
  const kafka = new Kafka({ clientId: 'bench-finance', brokers: BROKERS.split(','), logLevel: logLevel.ERROR });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  const kafkaAdmin = kafka.admin();
  let app: INestApplication | undefined;
  try {
    await kafkaAdmin.connect();
    await kafkaAdmin.createTopics({
      waitForLeaders: true,
      topics: [...new Set(TOPICS)].map((topic) => ({ topic: prefix + topic, numPartitions: CONCURRENT_PARTITIONS, replicationFactor: 1 })),
    });
    app = await launchService(
      financeService,
      {
        PORT: '0',
        DATABASE_URL: url,
        DB_POOL_SIZE: '10',
        MESSAGING_TRANSPORT: 'kafka',
        KAFKA_BROKERS: BROKERS,
        KAFKA_GROUP_ID: `finance-bench-${runId}`,
        KAFKA_TOPIC_PREFIX: prefix,
        REDIS_URL: 'memory',
        JWT_SECRET: randomBytes(32).toString('hex'),
        SEED_DEMO: 'true',
        SEED_DEMO_EXECUTION: 'false',
        LOG_LEVEL: 'warn',
      },
      { handleSignals: false, host: '127.0.0.1', logger: createLogger('finance', 'warn') },
    );
    await db.connect();
    await producer.connect();
    console.log(`Baeum finance benchmark: ${SEATS} seats over ${COHORTS} cohorts, ${FEES} exam fees, on ${BROKERS}`);

    // The cohorts the seats belong to, known to finance before the seats arrive (not timed).
    const cohorts = Array.from({ length: COHORTS }, (_, i) => ({
      cohortId: randomUUID(),
      courseId: randomUUID(),
      courseCode: 'NEWCOMER',
      courseNameKo: '신임자 교육과정',
      startDate: '2027-03-08',
      endDate: '2027-03-12',
      capacity: 2000,
      estimatedCost: String(1_000_000 + i),
      budgetLineCode: 'NEWCOMER',
    }));
    await measure(db, producer, CohortScheduledV1, cohorts, 'curriculum');

    const seats = Array.from({ length: SEATS }, (_, i) => ({
      applicationId: randomUUID(),
      cohortId: cohorts[i % COHORTS].cohortId,
      traineeId: randomUUID(),
      agencyCode: 'MAPO-GU',
      via: 'application' as const,
      confirmedAt: new Date().toISOString(),
    }));
    const seatRate = await measure(db, producer, SeatConfirmedV1, seats, 'enrollment');
    const fees = Array.from({ length: FEES }, (_, i) => ({
      applicationId: randomUUID(),
      examId: randomUUID(),
      amount: '7000',
      paidOn: '2027-02-10',
      paymentRef: `PAY-${i}`,
    }));
    const feeRate = await measure(db, producer, FeePaidV1, fees, 'examination');

    // Counted before pgbench adds its own rows of the same type.
    const [{ mealEntries }] = (
      await db.query(`SELECT count(*)::int AS "mealEntries" FROM finance.entry WHERE source_event_type = $1`, [SeatConfirmedV1.type])
    ).rows;
    const [{ total }] = (await db.query(`SELECT sum(committed)::text AS total FROM finance.commitment WHERE cause = 'meals'`)).rows;
    if (BigInt(total) !== BigInt(SEATS) * 5n * 8_000n) throw new Error(`meals committed ${total}, expected ${SEATS} × 5 days × 8,000 won`);
    const sample = async (type: string) =>
      (
        await db.query(
          `SELECT tenant_id, budget_line_id, commitment_id, kind, measure, amount::text, ` +
            `booked_on::text, recorded_by_name, reason, source_event_type, cause_id FROM ` +
            `finance.entry WHERE source_event_type = $1 LIMIT 1`,
          [type],
        )
      ).rows[0];
    const seatReference = pgbenchReference(url, await sample(SeatConfirmedV1.type));
    const feeReference = pgbenchReference(url, await sample(FeePaidV1.type));

    const f = (x: number) => Math.round(x).toLocaleString('en-US');
    console.log('\nSeats confirmed → trainee meals adjusting each cohort’s commitment on one line');
    console.log(
      `  booked from events: ${f(seatRate)} seats/s (inbox, per-cohort lock, line row lock, running totals, ` +
        `CommitmentRecordedV1 in the outbox; settled per cohort and consumer batch: ${f(mealEntries)} entries for ${f(SEATS)} seats)`,
    );
    console.log(
      `  reference, pgbench inserting the same entry rows (${CONCURRENT_PARTITIONS} ` +
        `clients, one per transaction): ${f(seatReference)} inserts/s`,
    );
    console.log(`  ratio: ${(seatRate / seatReference).toFixed(2)}`);
    console.log('\nExam fees paid → revenue entries');
    console.log(`  booked from events: ${f(feeRate)} entries/s`);
    console.log(
      `  reference, pgbench inserting the same entry rows (${CONCURRENT_PARTITIONS} ` +
        `clients, one per transaction): ${f(feeReference)} inserts/s`,
    );
    console.log(`  ratio: ${(feeRate / feeReference).toFixed(2)}`);
    // Meals included: both kinds of entry have the aim of issue 15.
    const report = new BenchReport('finance');
    const pgbench = `pgbench inserting the same entry rows, ${CONCURRENT_PARTITIONS} clients`;
    report.row({
      name: 'trainee meals booked from confirmed-seat events',
      figure: { value: seatRate, unit: 'seats/s' },
      reference: { value: seatReference, unit: 'inserts/s', what: pgbench },
      aim: [atLeast('ratio', 0.5)],
    });
    report.row({
      name: 'revenue entries booked from paid exam-fee events',
      figure: { value: feeRate, unit: 'entries/s' },
      reference: { value: feeReference, unit: 'inserts/s', what: pgbench },
      aim: [atLeast('ratio', 0.5)],
    });
  } finally {
    await producer.disconnect().catch(() => undefined);
    await app?.close();
    await db.end().catch(() => undefined);
    await kafkaAdmin.deleteTopics({ topics: [...new Set(TOPICS)].map((topic) => prefix + topic) }).catch(() => undefined);
    await kafkaAdmin.disconnect().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

runBench(main);
