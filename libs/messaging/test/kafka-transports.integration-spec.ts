import { defineEvent, EventEnvelope } from '@baeum/contracts';
import { createLogger } from '@baeum/service-kit';
import { eventually, infra } from '@baeum/testing';
import { Kafka, logLevel } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  ConsumerRuntime,
  DLQ_HEADERS,
  EventHandler,
  EventPublisher,
  KafkaClientName,
  KafkajsTransport,
  KafkaTransport,
  messagingTablesUp,
  OutboxRelay,
  PlatformaticKafka,
  PlatformaticTransport,
} from '../src';
import { testDatabase } from './test-database';

/**
 * Each Kafka client behind the transport (ADR 0018), over real PostgreSQL and Kafka: the relay
 * publishes, a consumer group applies every event exactly once in order per key, through a second
 * member joining, the first leaving and a poison message going to the dead letters.
 */
/**
 * `@platformatic/kafka` is an ES module: imported through Jest's own loader, from this file, which only
 * this run compiles (the tests run with --experimental-vm-modules, as `npm test` runs them).
 */
const importPlatformatic = new Function("return import('@platformatic/kafka')") as () => Promise<PlatformaticKafka>;
const run = randomBytes(4).toString('hex');
const logger = createLogger('transports-test', 'warn');
const tenantId = '5e0a0000-0000-4000-8000-000000000002';
const brokers = () => infra().kafkaBrokers.split(',');
let database: Awaited<ReturnType<typeof testDatabase>>;
let dataSource: DataSource;
let kafka: Kafka;

beforeAll(async () => {
  // Two members of six partitions at once, and the relay.
  database = await testDatabase('baeum_transports', 14);
  dataSource = database.dataSource;
  kafka = new Kafka({ clientId: 'transports-test', brokers: brokers(), logLevel: logLevel.ERROR });
});

afterAll(() => database.drop());

describe.each<KafkaClientName>(['kafkajs', 'platformatic'])('the transport on %s', (client) => {
  const schema = `transports_${client}`;
  const topic = `transports.events.${run}.${client}`;
  const deadLetters = `transports.dlq.${run}.${client}`;
  const Happened = defineEvent<{ thing: string; seq: number }>({
    type: 'transports.thing.happened',
    version: 1,
    topic,
    keyOf: (p) => p.thing,
    fields: { thing: { kind: 'string' }, seq: { kind: 'int', min: 0 } },
  });
  /** Records each applied event in the order applied (the effect's own sequence). */
  const recorder: EventHandler<{ thing: string; seq: number }> = {
    contract: Happened,
    handle: async (event: EventEnvelope<{ thing: string; seq: number }>, tx: EntityManager) => {
      await tx.query(`INSERT INTO ${schema}.effect (thing, seq) VALUES ($1, $2)`, [event.payload.thing, event.payload.seq]);
    },
  };
  const settings = {
    service: 'transports-test',
    group: `transports-${run}-${client}`,
    deadLetterTopic: deadLetters,
    sessionTimeoutMs: 10_000,
  };
  const transports: KafkaTransport[] = [];

  const newTransport = async () => {
    const transport =
      client === 'platformatic'
        ? new PlatformaticTransport(brokers(), `transports-${client}`, logger, '', importPlatformatic)
        : new KafkajsTransport(brokers(), `transports-${client}`, logger);
    await transport.connectProducer();
    transports.push(transport);
    return transport;
  };
  const member = async () => {
    const transport = await newTransport();
    await transport.startConsumer(
      settings,
      new ConsumerRuntime(
        dataSource,
        schema,
        'transports-test',
        [recorder],
        { attempts: 2, initialBackoffMs: 50, maxBackoffMs: 200 },
        logger,
      ),
    );
    return transport;
  };
  const applied = async (): Promise<number> => (await dataSource.query(`SELECT count(*)::int AS n FROM ${schema}.effect`))[0].n;

  async function writeEvents(from: number, count: number) {
    const publisher = new EventPublisher({ service: 'transports-test', schema, serialiseWriters: false });
    for (let i = from; i < from + count; i += 10)
      await dataSource.transaction(async (tx) => {
        for (let j = i; j < Math.min(i + 10, from + count); j++)
          await publisher.publish(tx, Happened, tenantId, { thing: `thing-${j % 7}`, seq: j });
      });
  }

  beforeAll(async () => {
    await dataSource.query(`CREATE SCHEMA ${schema}`);
    for (const sql of messagingTablesUp(schema)) await dataSource.query(sql);
    await dataSource.query(`CREATE TABLE ${schema}.effect (id bigserial PRIMARY KEY, thing text NOT NULL, seq int NOT NULL)`);
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [topic, deadLetters].map((name) => ({ topic: name, numPartitions: 4, replicationFactor: 1 })),
    });
    await admin.disconnect();
  });

  afterAll(async () => {
    await Promise.allSettled(transports.map((t) => t.close()));
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic, deadLetters] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('applies every event once, in order per key, as members join and leave, and dead-letters what cannot be read', async () => {
    const publishing = await newTransport();
    const relay = new OutboxRelay(dataSource, publishing, { service: 'transports-test', schema, batchSize: 100, pollMs: 50 }, logger);
    relay.start();
    try {
      await writeEvents(0, 400);
      // Bytes that are no event, on the same topic: the group must step past them to a dead letter.
      await publishing.send([{ topic, key: 'thing-3', value: '{not json' }], 'transports-test');
      const first = await member();
      await eventually(async () => (await applied()) >= 100, { what: 'the first member to apply events', timeoutMs: 120_000 });
      // A second member joins while events keep coming (a rebalance mid-stream), then the first leaves.
      const second = await member();
      await writeEvents(400, 400);
      await eventually(async () => (await applied()) >= 500, { what: 'both members to apply events', timeoutMs: 120_000 });
      await first.stopConsumer();
      await writeEvents(800, 200);
      await eventually(async () => (await applied()) === 1000, { what: 'every event to be applied', timeoutMs: 120_000 });
      await second.stopConsumer();
    } finally {
      await relay.stop();
    }

    const rows: { thing: string; seq: number }[] = await dataSource.query(`SELECT thing, seq FROM ${schema}.effect ORDER BY id`);
    expect(rows).toHaveLength(1000);
    expect(new Set(rows.map((r) => r.seq)).size).toBe(1000);
    const byThing = new Map<string, number[]>();
    for (const r of rows) byThing.set(r.thing, [...(byThing.get(r.thing) ?? []), r.seq]);
    for (const seqs of byThing.values()) expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

    // The poison message went to the dead letters once, with where it came from and why.
    const letters: Record<string, string>[] = [];
    const reader = kafka.consumer({ groupId: `transports-dlq-${run}-${client}` });
    await reader.connect();
    await reader.subscribe({ topics: [deadLetters], fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) =>
        void letters.push(Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]))),
    });
    await eventually(async () => letters.length >= 1, { what: 'the dead letter' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await reader.disconnect();
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ [DLQ_HEADERS.topic]: topic, [DLQ_HEADERS.group]: settings.group });
    expect(letters[0][DLQ_HEADERS.error]).toBeTruthy();
  });
});
