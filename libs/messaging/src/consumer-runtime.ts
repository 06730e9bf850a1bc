import { EventEnvelope, parseEnvelope } from '@baeum/contracts';
import { eventsConsumed, runInContext, withConsumerSpan } from '@baeum/service-kit';
import { existsSync, writeFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { HandlerIndex } from './handler-index';
import { backoffMs, BatchEffects, EventHandler, InboundMessage, isTransientFailure, PermanentEventError, RetryPolicy } from './types';

/** What decoding one message gave. */
export type Decoded =
  | { kind: 'event'; message: InboundMessage; envelope: EventEnvelope; handler: EventHandler }
  | { kind: 'ignored'; message: InboundMessage }
  | { kind: 'poison'; message: InboundMessage; error: string };

/** Hooks a transport adds to the consumer's transactions and failures. */
export interface BatchHooks {
  /** Runs inside the effect's transaction (embedded mode commits its offset here). */
  withinTransaction?(tx: EntityManager, last: InboundMessage): Promise<void>;
  /** Keeps the message and its error somewhere durable; must not return before it is kept. */
  deadLetter(message: InboundMessage, error: string, attempts: number): Promise<void>;
  /** Called while waiting between retries and between messages retried one by one (Kafka heartbeats here). */
  onWait?(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The transport-independent half of consuming: decode and check each message, apply handlers
 * with the inbox in one transaction, retry with backoff, then dead-letter. A message is finished
 * (applied, a duplicate, ignored or dead-lettered) before the transport may move its offset.
 */
export class ConsumerRuntime {
  private readonly handlers: HandlerIndex;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: string,
    private readonly service: string,
    handlers: EventHandler[],
    private readonly retry: RetryPolicy,
    private readonly logger: Logger,
  ) {
    this.handlers = new HandlerIndex(handlers);
  }

  get topics(): string[] {
    return [...new Set(this.handlers.handlers.map((h) => h.contract.topic))];
  }

  decode(message: InboundMessage): Decoded {
    if (message.value === null) return { kind: 'poison', message, error: 'message has no value' };
    const parsed = parseEnvelope(message.value);
    if (!parsed.ok) return { kind: 'poison', message, error: parsed.error };
    const { envelope } = parsed;
    const found = this.handlers.find(envelope);
    if (found.kind === 'ignored') return { kind: 'ignored', message };
    if (found.kind === 'refused') return { kind: 'poison', message, error: found.error };
    return { kind: 'event', message, envelope, handler: found.handler };
  }

  /** Processes messages in order. Returns once every message is finished. */
  async process(messages: InboundMessage[], hooks: BatchHooks): Promise<void> {
    if (messages.length === 0) return;
    const decoded = messages.map((m) => this.decode(m));
    // Fast path: the whole batch in one transaction when nothing in it is poison.
    if (decoded.every((d) => d.kind !== 'poison')) {
      try {
        await this.applyInTransaction(decoded, hooks);
        return;
      } catch (error) {
        this.logger.warn({ err: error, count: messages.length }, 'batch failed; retrying message by message');
      }
    }
    // Message by message can take long on a busy machine: the group hears from this member between
    // messages too, so a rebalance need not wait for the whole batch (redelivery is absorbed by the inbox).
    for (const item of decoded) {
      await this.processOne(item, hooks);
      await hooks.onWait?.();
    }
  }

  private async processOne(item: Decoded, hooks: BatchHooks): Promise<void> {
    if (item.kind === 'poison') {
      await this.deadLetter(item.message, item.error, 0, hooks);
      return;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await this.applyInTransaction([item], hooks);
        return;
      } catch (error) {
        const message = (error as Error)?.message ?? String(error);
        // The database away (restarting, failing over) is waited out: the event is fine, and a dead letter would need a person.
        const transient = isTransientFailure(error);
        if (!transient && (attempt >= this.retry.attempts || error instanceof PermanentEventError)) {
          await this.deadLetter(item.message, message, attempt, hooks);
          return;
        }
        this.logger.warn({ err: error, attempt, transient, position: item.message.position }, 'handler failed; will retry');
        await hooks.onWait?.();
        await sleep(backoffMs(this.retry, Math.min(attempt, this.retry.attempts)));
      }
    }
  }

  private async deadLetter(message: InboundMessage, error: string, attempts: number, hooks: BatchHooks) {
    this.logger.error({ topic: message.topic, position: message.position, error, attempts }, 'event dead-lettered');
    await hooks.deadLetter(message, error, attempts);
    eventsConsumed().inc({ service: this.service, topic: message.topic, outcome: 'dead_lettered' });
  }

  private async applyInTransaction(items: Decoded[], hooks: BatchHooks): Promise<void> {
    const outcomes: { topic: string; outcome: string }[] = [];
    await this.dataSource.transaction(async (tx) => {
      const fresh = await this.recordInInbox(tx, items);
      const batch = new BatchEffects();
      for (const item of items) {
        if (item.kind === 'ignored') {
          outcomes.push({ topic: item.message.topic, outcome: 'ignored' });
          continue;
        }
        if (item.kind !== 'event') throw new Error('poison message in a transaction');
        const { envelope, handler } = item;
        // Not fresh: applied before (a redelivery), or earlier in this very batch.
        if (!fresh.delete(envelope.id.toLowerCase())) {
          outcomes.push({ topic: item.message.topic, outcome: 'duplicate' });
          continue;
        }
        // Events this handler emits are caused by this event and share its correlation id.
        await runInContext({ correlationId: envelope.correlationId, causationId: envelope.id }, () =>
          withConsumerSpan(this.service, envelope, () => handler.handle(envelope, tx, batch)),
        );
        outcomes.push({ topic: item.message.topic, outcome: 'applied' });
        this.logger.debug({ eventId: envelope.id, eventType: envelope.type, correlationId: envelope.correlationId }, 'event applied');
      }
      await batch.run();
      await hooks.withinTransaction?.(tx, items[items.length - 1].message);
      crashBeforeCommitIfAsked(items);
    });
    const counts = new Map<string, { topic: string; outcome: string; n: number }>();
    for (const { topic, outcome } of outcomes) {
      const entry = counts.get(`${topic}\0${outcome}`) ?? { topic, outcome, n: 0 };
      entry.n++;
      counts.set(`${topic}\0${outcome}`, entry);
    }
    for (const { topic, outcome, n } of counts.values()) eventsConsumed().inc({ service: this.service, topic, outcome }, n);
  }

  /** One statement records the whole batch in the inbox; returns the ids not seen before. */
  private async recordInInbox(tx: EntityManager, items: Decoded[]): Promise<Set<string>> {
    const events = items.flatMap((i) => (i.kind === 'event' ? [i.envelope] : []));
    if (events.length === 0) return new Set();
    const recorded: { event_id: string }[] = await tx.query(
      `INSERT INTO "${this.schema}".inbox (event_id, event_type) SELECT * FROM ` +
        `unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING RETURNING event_id`,
      [events.map((e) => e.id), events.map((e) => e.type)],
    );
    return new Set(recorded.map((r) => r.event_id));
  }
}

/**
 * Fault injection for the crash tests: with BAEUM_FAULT_CRASH_BEFORE_COMMIT=<correlation id> and
 * BAEUM_FAULT_ONCE_FILE=<path>, the process kills itself (SIGKILL, no clean-up) after the effect of
 * an event with that correlation id is written and before it commits — once, marked by the file.
 * Unset in every real deployment.
 */
function crashBeforeCommitIfAsked(items: Decoded[]) {
  const correlationId = process.env.BAEUM_FAULT_CRASH_BEFORE_COMMIT;
  const onceFile = process.env.BAEUM_FAULT_ONCE_FILE;
  if (!correlationId || !onceFile || existsSync(onceFile)) return;
  if (!items.some((i) => i.kind === 'event' && i.envelope.correlationId === correlationId)) return;
  writeFileSync(onceFile, `${process.pid}\n`);
  process.kill(process.pid, 'SIGKILL');
}
