import { defineEvent, EventEnvelope } from '@baeum/contracts';
import { createLogger } from '@baeum/service-kit';
import { eventually, freePort, infra, RoundRobinBalancer, SpecDatabase, specDatabase } from '@baeum/testing';
import { Kafka, logLevel } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import { pino } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import {
  ConsumerRuntime,
  createKafkaTransport,
  DLQ_HEADERS,
  EventHandler,
  EventPublisher,
  KafkaClientName,
  KafkaTransport,
  messagingTablesUp,
  OutboxRelay,
} from '../src';

/**
 * Each Kafka client behind the transport (ADR 0018), over real PostgreSQL and Kafka: the relay
 * publishes, a consumer group applies every event exactly once in order per key, through a second
 * member joining, the first leaving and a poison message going to the dead letters.
 */
const run = randomBytes(4).toString('hex');
const logger = createLogger('transports-test', 'warn');
const tenantId = '5e0a0000-0000-4000-8000-000000000002';
const brokers = () => infra().kafkaBrokers.split(',');
let database: SpecDatabase;
let dataSource: DataSource;
let kafka: Kafka;

beforeAll(async () => {
  // Two members of six partitions at once, and the relay.
  database = await specDatabase({ schema: 'transports', entities: [], migrations: [], poolSize: 14 });
  dataSource = database.dataSource;
  kafka = new Kafka({ clientId: 'transports-test', brokers: brokers(), logLevel: logLevel.ERROR });
});

afterAll(() => database.drop());

/** A topic of events keyed over seven things, the schema its effects go to, and how to read them back. */
function eventStream(name: string) {
  const schema = `transports_${name}`;
  const topic = `transports.events.${run}.${name}`;
  const deadLetters = `transports.dlq.${run}.${name}`;
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
    group: `transports-${run}-${name}`,
    deadLetterTopic: deadLetters,
    sessionTimeoutMs: 10_000,
  };

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
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic, deadLetters] }).catch(() => undefined);
    await admin.disconnect();
  });

  return {
    schema,
    topic,
    deadLetters,
    settings,
    runtime: () =>
      new ConsumerRuntime(
        dataSource,
        schema,
        'transports-test',
        [recorder],
        { attempts: 2, initialBackoffMs: 50, maxBackoffMs: 200 },
        logger,
      ),
    applied: async (): Promise<number> => (await dataSource.query(`SELECT count(*)::int AS n FROM ${schema}.effect`))[0].n,
    /** Events `from` to `from + count - 1`, ten to a transaction, into the outbox. */
    write: async (from: number, count: number) => {
      const publisher = new EventPublisher({ service: 'transports-test', schema, serialiseWriters: false });
      for (let i = from; i < from + count; i += 10)
        await dataSource.transaction(async (tx) => {
          for (let j = i; j < Math.min(i + 10, from + count); j++)
            await publisher.publish(tx, Happened, tenantId, { thing: `thing-${j % 7}`, seq: j });
        });
    },
    relayThrough: (transport: KafkaTransport) =>
      new OutboxRelay(dataSource, transport, { service: 'transports-test', schema, batchSize: 100, pollMs: 50 }, logger),
  };
}

describe.each<KafkaClientName>(['kafkajs', 'platformatic'])('the transport on %s', (client) => {
  // Closed before eventStream's topics are deleted (hooks of one block run in the order declared).
  const transports: KafkaTransport[] = [];
  afterAll(() => Promise.allSettled(transports.map((t) => t.close())));
  const { schema, topic, deadLetters, settings, runtime, applied, write: writeEvents, relayThrough } = eventStream(client);

  const newTransport = async () => {
    const transport = createKafkaTransport(client, brokers(), `transports-${client}`, logger);
    await transport.connectProducer();
    transports.push(transport);
    return transport;
  };
  const member = async () => {
    const transport = await newTransport();
    await transport.startConsumer(settings, runtime());
    return transport;
  };

  it('applies every event once, in order per key, as members join and leave, and dead-letters what cannot be read', async () => {
    const publishing = await newTransport();
    const relay = relayThrough(publishing);
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

describe('the transport on platformatic, started before any broker answers', () => {
  const { settings, runtime, applied, write, relayThrough } = eventStream('late');
  const failures: string[] = [];
  const watched = pino({ level: 'error' }, { write: (line: string) => void failures.push(JSON.parse(line).msg) });
  let relaying: KafkaTransport;
  let late: KafkaTransport;
  let balancer: RoundRobinBalancer | undefined;

  afterAll(async () => {
    await Promise.allSettled([late?.close(), relaying?.close()]);
    await balancer?.stop();
  });

  it('starts anyway and keeps trying until the group is joined, then applies every event', async () => {
    // A broker address nothing listens on yet: joining fails after the client's own retries.
    const port = await freePort();
    late = createKafkaTransport('platformatic', [`127.0.0.1:${port}`], 'transports-late', watched);
    await late.startConsumer(settings, runtime());
    await eventually(async () => failures.includes('consumer stopped after a failure; starting it again'), {
      what: 'the failed start to be logged',
      timeoutMs: 60_000,
    });

    // Then the broker answers there (a TCP hop to the real one), and the consumer joins on its next try.
    const [host, kafkaPort] = brokers()[0].split(':');
    expect(host).toBe('127.0.0.1');
    balancer = await RoundRobinBalancer.start(port, [Number(kafkaPort)]);
    relaying = createKafkaTransport('platformatic', brokers(), 'transports-late-relay', logger);
    await relaying.connectProducer();
    const relay = relayThrough(relaying);
    relay.start();
    try {
      await write(0, 100);
      await eventually(async () => (await applied()) === 100, { what: 'the late consumer to apply every event', timeoutMs: 120_000 });
    } finally {
      await relay.stop();
    }
  });
});

describe('the transport on platformatic, stopped while its consumer starts', () => {
  const { settings, runtime } = eventStream('stopped');
  let transport: KafkaTransport | undefined;

  afterAll(() => transport?.close());

  it('leaves no member in the group once the start it cut short has ended', async () => {
    transport = createKafkaTransport('platformatic', brokers(), 'transports-stopped', logger);
    // The stop comes while the consumer is still joining (the start is not awaited first).
    const starting = transport.startConsumer(settings, runtime());
    await transport.stopConsumer();
    await starting;

    // A consumer that joined after the take-down would stay in the group, heartbeating, for good.
    const admin = kafka.admin();
    await admin.connect();
    try {
      await eventually(
        async () => {
          const { groups } = await admin.describeGroups([settings.group]);
          return groups[0].members.length === 0;
        },
        { what: 'the group to have no member', timeoutMs: 60_000 },
      );
    } finally {
      await admin.disconnect();
    }
  });
});

describe('the transport on platformatic, when its client reports that the consumer failed', () => {
  const { applied, settings, runtime, write, relayThrough } = eventStream('rejoin');
  const failures: string[] = [];
  const watched = pino({ level: 'error' }, { write: (line: string) => void failures.push(JSON.parse(line).msg) });
  let transport: KafkaTransport | undefined;

  afterAll(() => transport?.close());

  it('takes the consumer down and starts it again, and the process lives on', async () => {
    transport = createKafkaTransport('platformatic', brokers(), 'transports-rejoin', watched);
    await transport.connectProducer();
    await transport.startConsumer(settings, runtime());
    const relay = relayThrough(transport);
    relay.start();
    try {
      await write(0, 50);
      await eventually(async () => (await applied()) === 50, { what: 'the first 50 events', timeoutMs: 120_000 });

      // What the client does when a heartbeat found the member gone and joining again failed 9 times
      // (consumer.js, the rejoin after a heartbeat): an 'error' event on the consumer. Without a
      // listener, emit throws, and in a service that ends the process.
      const consumer = (transport as unknown as { consumer: EventEmitter }).consumer;
      expect(() => consumer.emit('error', new Error('rejoinGroup failed 9 times.'))).not.toThrow();
      await eventually(async () => failures.includes('consumer stopped after a failure; starting it again'), {
        what: 'the restart to be logged',
      });

      await write(50, 50);
      await eventually(async () => (await applied()) === 100, { what: 'the next 50 events, after the restart', timeoutMs: 120_000 });
    } finally {
      await relay.stop();
    }
  });
});
