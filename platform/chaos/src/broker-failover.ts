import { KafkajsTransport } from '@baeum/messaging';
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { cluster } from './cluster';

/**
 * One broker of the three-broker cluster (scripts/infra/cluster.sh) killed and restarted while events
 * are sent through the messaging lib's own producer (idempotent, acks from all in-sync replicas), as
 * each service's relay sends them; then every event is read back. Prints what was sent, acknowledged,
 * received, lost, duplicated and out of order per key; exits 1 if anything acknowledged was lost or
 * reordered. `npm run chaos:broker` (starts the cluster first).
 */
const EVENTS = Number(process.env.CHAOS_EVENTS ?? 20000);
const BATCH = 100;
const KEYS = 50;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const brokers = cluster('brokers').split(',');
  const run = randomBytes(4).toString('hex');
  const prefix = `chaos${run}.`;
  const topic = 'failover';
  const logger = pino({ level: 'error' });
  const kafka = new Kafka({ clientId: `chaos-${run}`, brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [
      { topic: prefix + topic, numPartitions: 6, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] },
    ],
  });
  const transport = new KafkajsTransport(brokers, `chaos-${run}`, logger, prefix);
  await transport.connectProducer();

  const started = Date.now();
  let retries = 0;
  let downAt = 0;
  let upAt = 0;
  const batches = EVENTS / BATCH;
  for (let b = 0; b < batches; b++) {
    if (b === Math.floor(batches / 3)) {
      process.stdout.write(`  ${cluster('stop', '2')} after ${b * BATCH} events\n`);
      downAt = Date.now();
    }
    if (b === Math.floor((2 * batches) / 3)) {
      process.stdout.write(`  node 2: starting again after ${b * BATCH} events\n`);
      cluster('start', '2');
      upAt = Date.now();
    }
    const messages = Array.from({ length: BATCH }, (_, i) => {
      const seq = b * BATCH + i;
      return { topic, key: `k${seq % KEYS}`, value: JSON.stringify({ seq }) };
    });
    // As the relay does: a batch not acknowledged is sent again until it is.
    for (;;) {
      try {
        await transport.send(messages, 'chaos');
        break;
      } catch {
        retries++;
        await sleep(200);
      }
    }
  }
  const sendSeconds = (Date.now() - started) / 1000;

  const seen = new Map<number, number>();
  const lastPerKey = new Map<string, number>();
  let outOfOrder = 0;
  const consumer = kafka.consumer({ groupId: `chaos-${run}` });
  await consumer.connect();
  await consumer.subscribe({ topic: prefix + topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const { seq } = JSON.parse(message.value!.toString());
      const key = message.key!.toString();
      const count = seen.get(seq) ?? 0;
      seen.set(seq, count + 1);
      if (count === 0) {
        if ((lastPerKey.get(key) ?? -1) > seq) outOfOrder++;
        lastPerKey.set(key, seq);
      }
    },
  });
  const deadline = Date.now() + 120_000;
  while (seen.size < EVENTS && Date.now() < deadline) await sleep(250);
  await consumer.disconnect();
  await transport.close();
  await admin.deleteTopics({ topics: [prefix + topic] }).catch(() => undefined);
  await admin.disconnect();

  const received = [...seen.values()].reduce((a, b) => a + b, 0);
  const duplicates = received - seen.size;
  const lost = EVENTS - seen.size;
  const rows: [string, string | number][] = [
    ['events sent and acknowledged', EVENTS],
    ['batches sent again after an error', retries],
    ['seconds with node 2 down', ((upAt - downAt) / 1000).toFixed(1)],
    ['seconds to send all', sendSeconds.toFixed(1)],
    ['events received', received],
    ['lost', lost],
    ['duplicated (absorbed by inboxes in the services)', duplicates],
    ['out of order within a key', outOfOrder],
  ];
  process.stdout.write(`\nBroker failover (3 brokers, replication factor 3, min.insync.replicas 2):\n`);
  for (const [what, value] of rows) process.stdout.write(`  ${what.padEnd(50)} ${value}\n`);
  process.exit(lost === 0 && outOfOrder === 0 ? 0 : 1);
}

void main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
