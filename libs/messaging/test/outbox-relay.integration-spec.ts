import { defineEvent } from '@baeum/contracts';
import { EventPublisher, KafkajsTransport, messagingTablesUp, OutboxRelay } from '../src';
import { createLogger } from '@baeum/service-kit';
import { eventually, infra, SpecDatabase, specDatabase } from '@baeum/testing';
import { Kafka, logLevel } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/** The relay over real PostgreSQL and Kafka: batches, per-key order, restarts, two replicas at once. */
const run = randomBytes(4).toString('hex');
const topic = `relaytest.events.${run}`;
const schema = 'relaytest';
const Happened = defineEvent<{ thing: string; seq: number }>({
  type: 'relaytest.thing.happened',
  version: 1,
  topic,
  keyOf: (p) => p.thing,
  fields: { thing: { kind: 'string' }, seq: { kind: 'int', min: 0 } },
});
const logger = createLogger('relay-test', 'warn');
const tenantId = '5e0a0000-0000-4000-8000-000000000001';
let database: SpecDatabase;
let dataSource: DataSource;
let kafka: Kafka;

beforeAll(async () => {
  database = await specDatabase({ schema, entities: [], migrations: [], poolSize: 6 });
  dataSource = database.dataSource;
  for (const sql of messagingTablesUp(schema)) await dataSource.query(sql);
  kafka = new Kafka({ clientId: 'relay-test', brokers: infra().kafkaBrokers.split(','), logLevel: logLevel.ERROR });
  const kafkaAdmin = kafka.admin();
  await kafkaAdmin.connect();
  await kafkaAdmin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 4, replicationFactor: 1 }] });
  await kafkaAdmin.disconnect();
});

afterAll(async () => {
  const kafkaAdmin = kafka.admin();
  await kafkaAdmin.connect();
  await kafkaAdmin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await kafkaAdmin.disconnect();
  await database.drop();
});

/** Writes events in order, a few per transaction, as services do. */
async function writeEvents(count: number, things: number, from = 0) {
  const publisher = new EventPublisher({ service: 'relay-test', schema, serialiseWriters: false });
  for (let i = from; i < from + count; i += 10) {
    await dataSource.transaction(async (tx) => {
      for (let j = i; j < Math.min(i + 10, from + count); j++)
        await publisher.publish(tx, Happened, tenantId, { thing: `thing-${j % things}`, seq: j });
    });
  }
}

const newRelay = async () => {
  const transport = new KafkajsTransport(infra().kafkaBrokers.split(','), 'relay-test', logger);
  await transport.connectProducer();
  return {
    transport,
    relay: new OutboxRelay(dataSource, transport, { service: 'relay-test', schema, batchSize: 100, pollMs: 10 }, logger),
  };
};

it('publishes every row once, in order per key, across a restart and with two relays running', async () => {
  await writeEvents(500, 7);
  const first = await newRelay();
  // One batch, then the relay "restarts": the rest must still go out, nothing twice.
  expect(await first.relay.publishBatch()).toBe(100);
  await first.transport.close();
  await writeEvents(500, 7, 500);
  const [a, b] = await Promise.all([newRelay(), newRelay()]);
  a.relay.start();
  b.relay.start();
  await eventually(
    async () => (await dataSource.query(`SELECT count(*)::int AS n FROM ${schema}.outbox WHERE published_at IS NULL`))[0].n === 0,
    { what: 'the outbox to drain' },
  );
  await Promise.all([a.relay.stop(), b.relay.stop()]);
  await Promise.all([a.transport.close(), b.transport.close()]);

  const received: { key: string; seq: number }[] = [];
  const consumer = kafka.consumer({ groupId: `relay-test-${run}` });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) =>
      void received.push({ key: message.key!.toString(), seq: JSON.parse(message.value!.toString()).payload.seq }),
  });
  await eventually(async () => received.length >= 1000, { what: '1000 messages' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await consumer.disconnect();

  expect(received).toHaveLength(1000);
  expect(new Set(received.map((r) => r.seq)).size).toBe(1000);
  const byKey = new Map<string, number[]>();
  for (const r of received) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.seq]);
  for (const seqs of byKey.values()) expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
});

it('publishes on the commit notification, without waiting for its poll', async () => {
  const transport = new KafkajsTransport(infra().kafkaBrokers.split(','), 'relay-test', logger);
  await transport.connectProducer();
  // A poll interval ten times the wait below: only the notification can get the row out in time.
  const relay = new OutboxRelay(dataSource, transport, { service: 'relay-test', schema, batchSize: 100, pollMs: 600_000 }, logger);
  relay.start();
  try {
    // Its listening connection is up (a second on a quiet machine, longer on a loaded one): rows
    // written before it listens would be found only by the poll.
    await eventually(
      async () =>
        (
          await dataSource.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND application_name = $1 AND query LIKE 'LISTEN %' AND state = 'idle'`,
            [`baeum-${schema}-relay`],
          )
        )[0].n === 1,
      { timeoutMs: 60_000, what: 'the relay to listen' },
    );
    await writeEvents(3, 1, 5000);
    await eventually(
      async () => (await dataSource.query(`SELECT count(*)::int AS n FROM ${schema}.outbox WHERE published_at IS NULL`))[0].n === 0,
      {
        timeoutMs: 60_000,
        what: 'the new rows to be published',
      },
    );
  } finally {
    await relay.stop();
    await transport.close();
  }
});
