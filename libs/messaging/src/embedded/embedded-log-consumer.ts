import { consumerLag } from '@baeum/service-kit';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { ConsumerRuntime } from '../consumer-runtime';
import type { InboundMessage } from '../types';

/** Domains whose events another service publishes: identity's come from the gateway, which keeps the users. */
const PUBLISHED_BY: Record<string, string> = { identity: 'gateway' };

/**
 * In embedded mode a topic's log is the outbox of the service that publishes it: `curriculum.cohort`
 * → schema `curriculum`, `identity.account` → schema `gateway`.
 */
export const logSchemaOf = (topic: string): string => {
  const domain = topic.split('.')[0];
  return PUBLISHED_BY[domain] ?? domain;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface EmbeddedConsumerOptions {
  group: string;
  /** The consuming service's schema: its offsets and dead letters live there. */
  schema: string;
  batchSize: number;
  pollMs: number;
}

/**
 * Kafka's consumer-group semantics over the outbox tables: per source log an offset (the last
 * outbox sequence number handled) committed in the same transaction as the effects, ordered
 * delivery, retries and dead letters through the shared runtime. Durable across restarts because
 * offsets and logs are tables.
 */
export class EmbeddedLogConsumer {
  private running = false;
  private loop?: Promise<void>;
  /** Source logs seen to exist; until then their service has not made its tables (a first start). */
  private readonly presentSources = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly runtime: ConsumerRuntime,
    private readonly options: EmbeddedConsumerOptions,
    private readonly logger: Logger,
  ) {}

  start() {
    if (this.runtime.topics.length === 0) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop() {
    this.running = false;
    await this.loop;
  }

  /** Handles what is waiting in every source log; returns how many messages it handled. */
  async pollOnce(): Promise<number> {
    let handled = 0;
    const bySchema = new Map<string, string[]>();
    for (const topic of this.runtime.topics) bySchema.set(logSchemaOf(topic), [...(bySchema.get(logSchemaOf(topic)) ?? []), topic]);
    for (const [source, topics] of bySchema) handled += await this.pollSource(source, topics);
    handled += await this.replayRequested();
    return handled;
  }

  private async pollSource(source: string, topics: string[]): Promise<number> {
    if (!(await this.sourcePresent(source))) return 0;
    const own = `"${this.options.schema}"`;
    const [offsetRow] = await this.dataSource.query(`SELECT position FROM ${own}.consumer_offsets WHERE source = $1`, [source]);
    const position = offsetRow ? String(offsetRow.position) : '0';
    const rows: { seq: string; topic: string; key: string; envelope: unknown }[] = await this.dataSource.query(
      `SELECT seq, topic, key, envelope FROM "${source}".outbox WHERE seq > $1 AND topic = ANY($2) ORDER BY seq LIMIT $3`,
      [position, topics, this.options.batchSize],
    );
    if (rows.length === 0) return 0;
    const messages: InboundMessage[] = rows.map((r) => ({
      topic: r.topic,
      key: r.key,
      value: JSON.stringify(r.envelope),
      position: `${source}/${r.seq}`,
    }));
    const commitOffset = (tx: EntityManager, message: InboundMessage) =>
      tx.query(
        `INSERT INTO ${own}.consumer_offsets (source, position) VALUES ($1, $2)
         ON CONFLICT (source) DO UPDATE SET position = GREATEST(${own}.consumer_offsets.position, EXCLUDED.position)`,
        [source, message.position.split('/')[1]],
      );
    await this.runtime.process(messages, {
      withinTransaction: commitOffset,
      deadLetter: (message, error, attempts) =>
        this.dataSource.transaction(async (tx) => {
          await tx.query(
            `INSERT INTO ${own}.dead_letters (source, source_seq, topic, key, message, ` +
              `error, attempts) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [source, message.position.split('/')[1], message.topic, message.key, String(message.value ?? ''), error, attempts],
          );
          await commitOffset(tx, message);
        }),
    });
    const [{ end }] = await this.dataSource.query(
      `SELECT coalesce(max(seq), 0)::bigint AS end FROM "${source}".outbox WHERE topic = ANY($1)`,
      [topics],
    );
    consumerLag().set(
      { group: this.options.group, topic: source, partition: '0' },
      Math.max(0, Number(end) - Number(rows[rows.length - 1].seq)),
    );
    return rows.length;
  }

  /**
   * Whether the publishing service's outbox exists yet. On a first start the services migrate one
   * after another, so a consumer may look for a log before its publisher has made it: nothing to read.
   */
  private async sourcePresent(source: string): Promise<boolean> {
    if (this.presentSources.has(source)) return true;
    const [{ present }] = await this.dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`"${source}".outbox`]);
    if (present) this.presentSources.add(source);
    return present;
  }

  /** Dead letters marked for replay (by the dead-letter tool) go through the handlers again. */
  private async replayRequested(): Promise<number> {
    const own = `"${this.options.schema}"`;
    const rows: { id: string; topic: string; key: string; message: string }[] = await this.dataSource.query(
      `SELECT id, topic, key, message FROM ${own}.dead_letters WHERE ` +
        `replay_requested_at IS NOT NULL AND replayed_at IS NULL ORDER BY id LIMIT 50`,
    );
    for (const row of rows) {
      const markReplayed = (tx: EntityManager) => tx.query(`UPDATE ${own}.dead_letters SET replayed_at = now() WHERE id = $1`, [row.id]);
      await this.runtime.process([{ topic: row.topic, key: row.key, value: row.message, position: `replay/${row.id}` }], {
        withinTransaction: (tx) => markReplayed(tx),
        // Still failing: it stays a dead letter, with the newest error, for a later replay.
        deadLetter: (_m, error) =>
          this.dataSource.query(`UPDATE ${own}.dead_letters SET replay_requested_at = NULL, error = $2, failed_at = now() WHERE id = $1`, [
            row.id,
            error,
          ]),
      });
    }
    return rows.length;
  }

  private async run() {
    while (this.running) {
      try {
        const handled = await this.pollOnce();
        if (handled === 0) await sleep(this.options.pollMs);
      } catch (error) {
        this.logger.error({ err: error }, 'embedded consumer failed; retrying');
        await sleep(1000);
      }
    }
  }
}
