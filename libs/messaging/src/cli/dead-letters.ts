import { deadLetterTopic } from '@baeum/contracts';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { IHeaders, Kafka, KafkaMessage, logLevel, Partitioners } from 'kafkajs';
import { DLQ_HEADERS } from '../kafka/transport';

/**
 * Lists and replays a service's dead letters.
 *   dead-letters list <service> [--embedded [data dir]]                    one JSON line per dead letter
 *   dead-letters replay <service> <position>|--all [--embedded [data dir]]
 * Kafka mode (default; brokers from KAFKA_BROKERS, default 127.0.0.1:9092, topic names after
 * KAFKA_TOPIC_PREFIX when the services use one): the `dlq.<service>` topic;
 * replaying sends the original message back to its topic with its key, and every consumer group's
 * inbox makes that harmless where it had been applied. Embedded mode (`npm start`, which must be
 * running; data dir default ./.data): the service's dead_letters table; replaying marks the rows and
 * the service's consumer runs them through its handler again.
 */
interface DeadLetter {
  partition: number;
  offset: string;
  key: string;
  value: string;
  headers: IHeaders;
}

const header = (headers: IHeaders, name: string) => headers[name]?.toString();

async function readAll(kafka: Kafka, topic: string): Promise<DeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = (await admin.fetchTopicOffsets(topic)).filter((p) => BigInt(p.high) > BigInt(p.low));
  if (ends.length === 0) {
    await admin.disconnect();
    return [];
  }
  const groupId = `dead-letter-reader-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId });
  const letters: DeadLetter[] = [];
  const remaining = new Set(ends.map((p) => p.partition));
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        autoCommit: false,
        eachMessage: async ({ partition, message }: { partition: number; message: KafkaMessage }) => {
          letters.push({
            partition,
            offset: message.offset,
            key: message.key?.toString() ?? '',
            value: message.value?.toString() ?? '',
            headers: message.headers ?? {},
          });
          const end = ends.find((p) => p.partition === partition)!;
          if (BigInt(message.offset) + 1n >= BigInt(end.high)) remaining.delete(partition);
          if (remaining.size === 0) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  await admin.deleteGroups([groupId]).catch(() => undefined);
  await admin.disconnect();
  return letters.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
}

function describe(letter: DeadLetter) {
  return {
    position: `${letter.partition}:${letter.offset}`,
    key: letter.key,
    originalTopic: header(letter.headers, DLQ_HEADERS.topic),
    originalPosition: `${header(letter.headers, DLQ_HEADERS.partition)}:${header(letter.headers, DLQ_HEADERS.offset)}`,
    group: header(letter.headers, DLQ_HEADERS.group),
    error: header(letter.headers, DLQ_HEADERS.error),
    attempts: Number(header(letter.headers, DLQ_HEADERS.attempts) ?? 0),
    failedAt: header(letter.headers, DLQ_HEADERS.failedAt),
    value: letter.value.length > 300 ? `${letter.value.slice(0, 300)}…` : letter.value,
  };
}

async function replay(kafka: Kafka, topic: string, letters: DeadLetter[], prefix: string) {
  const producer = kafka.producer({ maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  for (const letter of letters) {
    const originalTopic = header(letter.headers, DLQ_HEADERS.topic);
    if (!originalTopic) throw new Error(`${letter.partition}:${letter.offset} has no original topic header`);
    const headers = Object.fromEntries(Object.entries(letter.headers).filter(([name]) => !name.startsWith('baeum-')));
    await producer.send({
      topic: prefix + originalTopic,
      acks: -1,
      messages: [
        {
          key: letter.key,
          value: letter.value,
          headers: { ...headers, 'baeum-replayed-from': `${topic}/${letter.partition}:${letter.offset}` },
        },
      ],
    });
    process.stdout.write(`${JSON.stringify({ replayed: `${letter.partition}:${letter.offset}`, to: originalTopic, key: letter.key })}\n`);
  }
  await producer.disconnect();
}

const SERVICE_NAME = /^[a-z][a-z0-9-]{0,40}$/;

/** Embedded mode: the dead_letters table of the service's schema, in the running PGlite. */
async function embeddedCli(command: string, service: string, target: string | undefined, dataDir: string): Promise<number> {
  const urlFile = join(resolve(dataDir), 'postgres-url');
  if (!existsSync(urlFile)) {
    process.stderr.write(`${urlFile} not found: is Baeum running with \`npm start\` on that data folder?\n`);
    return 1;
  }
  const client = new Client({ connectionString: readFileSync(urlFile, 'utf8').trim() });
  await client.connect();
  try {
    const table = `"${service}".dead_letters`;
    if (command === 'list') {
      const { rows } = await client.query(
        `SELECT id, topic, key, source, source_seq, error, attempts, failed_at, ` +
          `replay_requested_at, replayed_at, left(message, 300) AS value FROM ${table} ` +
          `ORDER BY id`,
      );
      for (const row of rows) process.stdout.write(`${JSON.stringify({ position: String(row.id), ...row, id: undefined })}\n`);
      process.stderr.write(`${rows.length} dead letter(s) in ${table}\n`);
      return 0;
    }
    const { rowCount } = await client.query(
      `UPDATE ${table} SET replay_requested_at = now() WHERE replayed_at IS NULL AND ($1::bigint IS NULL OR id = $1::bigint)`,
      [target === '--all' ? null : target],
    );
    process.stdout.write(`${JSON.stringify({ replayRequested: rowCount })}\n`);
    return rowCount ? 0 : 1;
  } finally {
    await client.end();
  }
}

export async function deadLettersCli(argv: string[]): Promise<number> {
  const embeddedAt = argv.indexOf('--embedded');
  const args = embeddedAt === -1 ? argv : argv.slice(0, embeddedAt);
  const [command, service, target] = args;
  const positionPattern = embeddedAt === -1 ? /^\d+:\d+$/ : /^\d+$/;
  if (
    !['list', 'replay'].includes(command) ||
    !SERVICE_NAME.test(service ?? '') ||
    (command === 'replay' && !(target === '--all' || positionPattern.test(target ?? '')))
  ) {
    process.stderr.write(
      'usage: dead-letters list <service> [--embedded [data dir]]\n       dead-letters ' +
        'replay <service> <partition:offset>|--all  (embedded: <id>|--all)\n',
    );
    return 2;
  }
  if (embeddedAt !== -1) return embeddedCli(command, service, target, argv[embeddedAt + 1] ?? '.data');
  const kafka = new Kafka({
    clientId: 'baeum-dead-letters',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.ERROR,
  });
  const prefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
  const topic = prefix + deadLetterTopic(service);
  const letters = await readAll(kafka, topic);
  if (command === 'list') {
    for (const letter of letters) process.stdout.write(`${JSON.stringify(describe(letter))}\n`);
    process.stderr.write(`${letters.length} dead letter(s) in ${topic}\n`);
    return 0;
  }
  const chosen = target === '--all' ? letters : letters.filter((l) => `${l.partition}:${l.offset}` === target);
  if (chosen.length === 0) {
    process.stderr.write(`no dead letter at ${target} in ${topic}\n`);
    return 1;
  }
  await replay(kafka, topic, chosen, prefix);
  return 0;
}

if (require.main === module) {
  deadLettersCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
}
