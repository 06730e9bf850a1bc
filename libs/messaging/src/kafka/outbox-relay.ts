import { outboxBacklog } from '@baeum/service-kit';
import { Client } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { outboxChannel } from '../tables';
import type { KafkaTransport } from './transport';

export interface RelayOptions {
  service: string;
  schema: string;
  batchSize: number;
  /** Looks at the outbox this often even without a notification (one lost with a connection). */
  pollMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Publishes outbox rows to Kafka in sequence order and marks them published in the same
 * transaction that selected them. One relay per service publishes at a time (advisory lock), so
 * per-key order holds with several replicas. A crash between send and commit republishes the
 * batch: consumers' inboxes absorb the duplicates. It wakes on the outbox's commit notification
 * (LISTEN on a connection of its own), so it neither waits for a poll nor polls while idle.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private listener?: Client;
  /** A notification came since the last look at the outbox. */
  private nudged = false;
  private wake?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly kafka: KafkaTransport,
    private readonly options: RelayOptions,
    private readonly logger: Logger,
  ) {}

  start() {
    this.running = true;
    void this.listen();
    this.loop = this.run();
  }

  /** Lets the batch in flight finish, then stops. */
  async stop() {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url || !this.running) return;
    const client = new Client({ connectionString: url, application_name: `baeum-${this.options.schema}-relay` });
    this.listener = client;
    client.on('notification', () => {
      this.nudged = true;
      this.wake?.();
    });
    // Lost: polling carries on, and a new connection listens again shortly.
    client.on('error', (error) => this.logger.warn({ err: error }, 'outbox listener lost; polling until it is back'));
    client.on('end', () => {
      if (this.running) setTimeout(() => void this.listen(), 1000);
    });
    try {
      await client.connect();
      await client.query(`LISTEN "${outboxChannel(this.options.schema)}"`);
    } catch (error) {
      this.logger.warn({ err: error }, 'cannot listen for outbox notifications; polling');
      await client.end().catch(() => undefined);
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  /** Publishes one batch; returns how many rows it published (0 when idle or another replica holds the lock). */
  async publishBatch(): Promise<number> {
    const schema = `"${this.options.schema}"`;
    return this.dataSource.transaction(async (tx) => {
      // The lock and the batch in one round trip: the rows are read only when the lock was taken.
      const found: { locked: boolean; seq: string | null; topic: string; key: string; envelope: unknown }[] = await tx.query(
        `SELECT l.locked, o.seq, o.topic, o.key, o.envelope FROM (SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked) l
           LEFT JOIN LATERAL (SELECT seq, topic, key, envelope FROM ${schema}.outbox
             WHERE l.locked AND published_at IS NULL ORDER BY seq LIMIT $2) o ON true`,
        [`baeum:relay:${this.options.schema}`, this.options.batchSize],
      );
      if (!found[0].locked) return 0;
      const rows = found.filter((r) => r.seq !== null);
      if (rows.length === 0) {
        outboxBacklog().set({ service: this.options.service }, 0);
        return 0;
      }
      await this.kafka.send(
        rows.map((r) => ({ topic: r.topic, key: r.key, value: JSON.stringify(r.envelope) })),
        this.options.service,
      );
      await tx.query(`UPDATE ${schema}.outbox SET published_at = now() WHERE seq = ANY($1::bigint[])`, [rows.map((r) => r.seq)]);
      if (rows.length === this.options.batchSize) {
        const [{ backlog }] = await tx.query(`SELECT count(*)::int AS backlog FROM ${schema}.outbox WHERE published_at IS NULL`);
        outboxBacklog().set({ service: this.options.service }, backlog - rows.length);
      } else {
        outboxBacklog().set({ service: this.options.service }, 0);
      }
      return rows.length;
    });
  }

  private async run() {
    while (this.running) {
      try {
        this.nudged = false;
        const published = await this.publishBatch();
        if (published < this.options.batchSize && !this.nudged) await this.idle(this.options.pollMs);
      } catch (error) {
        this.logger.error({ err: error }, 'outbox relay failed; retrying');
        await sleep(1000);
      }
    }
  }
}
