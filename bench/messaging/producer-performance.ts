import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The broker's own jars, where scripts/infra assembled them. */
const KAFKA_LIBS = join(process.env.BAEUM_CACHE_DIR ?? join(homedir(), '.cache', 'baeum'), 'kafka-3.9.1', 'libs');

/** Kafka's own ProducerPerformance tool (Java): `records` records of `recordSize` bytes to `topic`, acks=all; records/s. */
export function kafkaProducerReference(brokers: string, topic: string, records: number, recordSize: number): number {
  const result = spawnSync(
    'java',
    [
      '-Xmx512m',
      '-cp',
      `${KAFKA_LIBS}/*`,
      'org.apache.kafka.tools.ProducerPerformance',
      '--topic',
      topic,
      '--num-records',
      String(records),
      '--record-size',
      String(recordSize),
      '--throughput',
      '-1',
      '--producer-props',
      `bootstrap.servers=${brokers}`,
      'acks=all',
    ],
    { encoding: 'utf8', timeout: 180000 },
  );
  const summary = /(\d+) records sent, ([\d.]+) records\/sec/.exec(result.stdout.split('\n').filter(Boolean).pop() ?? '');
  if (!summary) throw new Error(`ProducerPerformance failed:\n${result.stdout}\n${result.stderr}`);
  return Number(summary[2]);
}
