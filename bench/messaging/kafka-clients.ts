import { compatibilityPartitioner, Producer, stringSerializers } from '@platformatic/kafka';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { BenchReport, runBench } from '../report';
import { kafkaProducerReference } from './producer-performance';

/**
 * The Kafka clients for Node that can be installed here, sending as the outbox relay does (an
 * idempotent producer, acks from all in-sync replicas, batches of 500 records awaited one after
 * another, keys hashed as Java's clients hash them), beside Kafka's own ProducerPerformance tool in
 * the same run: records per second and the client's CPU per record. ADR 0018 says what the figures
 * decided. `@confluentinc/kafka-javascript` is not among them: its install fetches librdkafka from
 * GitHub, or builds it from sources it fetches from zlib.net, openssl.org and GitHub, none of which
 * this machine may reach.
 *
 *   node dist/bench/messaging/kafka-clients.js [--records 60000]
 */
const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const RECORDS = Number(args.get('records') ?? 60000);
const BATCH = 500;
const PARTITIONS = 6;
const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const runId = randomBytes(3).toString('hex');
const topic = `bench.clients-${runId}`;
const toolTopic = `bench.clients-${runId}-tool`;
/** The size of a cohort event's envelope, as the pipeline benchmark measures it. */
const RECORD_SIZE = 435;
const value = 'x'.repeat(RECORD_SIZE);

interface Sent {
  perSecond: number;
  cpuMicrosPerRecord: number;
}

/** Sends every batch in turn through `send`, after one batch to warm up; what it took. */
async function timed(send: (batch: { key: string; value: string }[]) => Promise<unknown>): Promise<Sent> {
  const batches = Array.from({ length: RECORDS / BATCH }, () => Array.from({ length: BATCH }, () => ({ key: randomUUID(), value })));
  await send(batches[0]);
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const batch of batches) await send(batch);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { perSecond: RECORDS / seconds, cpuMicrosPerRecord: (used.user + used.system) / RECORDS };
}

async function kafkajs(): Promise<Sent> {
  const producer = new Kafka({ clientId: `bench-${runId}`, brokers: BROKERS.split(','), logLevel: logLevel.ERROR }).producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  try {
    return await timed((messages) => producer.send({ topic, messages, acks: -1 }));
  } finally {
    await producer.disconnect();
  }
}

async function platformatic(): Promise<Sent> {
  const producer = new Producer({
    clientId: `bench-${runId}-p`,
    bootstrapBrokers: BROKERS.split(','),
    serializers: stringSerializers,
    idempotent: true,
    acks: -1,
    // Java's hash of the key, as kafkajs's DefaultPartitioner: a key stays on its partition whichever client sends it.
    partitioner: compatibilityPartitioner,
  });
  try {
    return await timed((messages) => producer.send({ messages: messages.map((m) => ({ ...m, topic })) }));
  } finally {
    await producer.close();
  }
}

async function main() {
  const admin = new Kafka({ clientId: `bench-${runId}-admin`, brokers: BROKERS.split(','), logLevel: logLevel.ERROR }).admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: [topic, toolTopic].map((t) => ({ topic: t, numPartitions: PARTITIONS, replicationFactor: 1 })),
      waitForLeaders: true,
    });
    console.log(`Kafka clients: ${RECORDS} records of ${RECORD_SIZE} B in batches of ${BATCH}, acks=all, idempotent, on ${BROKERS}`);
    const reference = kafkaProducerReference(BROKERS, toolTopic, RECORDS, RECORD_SIZE);
    const report = new BenchReport('kafka-clients');
    // Each client twice, alternating, the better of its two runs kept: a busy moment then falls on both.
    const best = { kafkajs: [] as Sent[], '@platformatic/kafka': [] as Sent[] };
    for (let round = 0; round < 2; round++) {
      best.kafkajs.push(await kafkajs());
      best['@platformatic/kafka'].push(await platformatic());
    }
    console.log(`  Kafka ProducerPerformance (Java, acks=all): ${Math.round(reference).toLocaleString('en-US')} records/s`);
    for (const [client, runs] of Object.entries(best)) {
      const sent = runs.reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
      console.log(
        `  ${client}: ${Math.round(sent.perSecond).toLocaleString('en-US')} records/s, ` +
          `${sent.cpuMicrosPerRecord.toFixed(1)} µs of CPU per record, ratio ${(sent.perSecond / reference).toFixed(2)}`,
      );
      report.row({
        name: `${client} producer, batches of ${BATCH} as the relay sends them`,
        figure: { value: sent.perSecond, unit: 'records/s' },
        reference: { value: reference, unit: 'records/s', what: 'Kafka ProducerPerformance, acks=all' },
        measures: { 'client CPU': { value: sent.cpuMicrosPerRecord, unit: 'µs/record' } },
      });
    }
  } finally {
    await admin.deleteTopics({ topics: [topic, toolTopic] }).catch(() => undefined);
    await admin.disconnect();
  }
}

runBench(main);
