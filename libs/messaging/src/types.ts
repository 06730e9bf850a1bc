import type { EventContract, EventEnvelope } from '@baeum/contracts';
import type { EntityManager } from 'typeorm';

/**
 * A consumer's reaction to one event. It runs inside the transaction that also records the event
 * in the inbox, so its writes must go through `tx` (never the data source: on embedded PostgreSQL
 * a query outside the open transaction waits for it forever).
 */
export interface EventHandler<P = unknown> {
  readonly contract: EventContract<P>;
  handle(event: EventEnvelope<P>, tx: EntityManager, batch: BatchEnd): Promise<void>;
}

/**
 * The end of the transaction a handler runs in, which may apply many events (a consumer batch): work
 * that depends only on the state the events leave (a cohort's meals follow its confirmed seats) is
 * left for it, and runs once however many events asked for it.
 */
export interface BatchEnd {
  /**
   * Runs `effect` after every event of the transaction is handled, before it commits. A later call
   * with the same key replaces the effect (it sees the later event) and keeps its turn; effects of
   * different keys run in the order their keys first came.
   */
  settle(key: string, effect: () => Promise<void>): void;
}

/** The effects left for the end of one transaction. */
export class BatchEffects implements BatchEnd {
  private readonly effects = new Map<string, () => Promise<void>>();

  settle(key: string, effect: () => Promise<void>): void {
    this.effects.set(key, effect);
  }

  /** Runs them all, in turn; an effect may leave more, which run after it. */
  async run(): Promise<void> {
    while (this.effects.size > 0) {
      const [key, effect] = this.effects.entries().next().value as [string, () => Promise<void>];
      this.effects.delete(key);
      await effect();
    }
  }
}

/** One raw message as either transport delivers it. */
export interface InboundMessage {
  topic: string;
  key: string;
  value: Buffer | string | null;
  /** Where it came from, for dead letters and logs: `partition/offset` or `schema/seq`. */
  position: string;
}

export interface RetryPolicy {
  attempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, initialBackoffMs: 100, maxBackoffMs: 3000 };

export const backoffMs = (policy: RetryPolicy, attempt: number): number =>
  Math.min(policy.maxBackoffMs, policy.initialBackoffMs * 2 ** (attempt - 1));

/** A failure no retry can fix (the event refers to something that does not exist): dead-lettered at once. */
export class PermanentEventError extends Error {}

/** Socket errors of a database (or broker) that is away, not of the event. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/**
 * PostgreSQL's SQLSTATEs for "not now": class 08 (connection exception), 57P01–57P03 (shutting down,
 * crashed, starting up), 53300 (too many connections), 40001/40P01 (serialisation failure, deadlock).
 */
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300|40001|40P01)$/;
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection (?:was )?closed|timeout exceeded when trying to connect|the database system is (?:starting up|shutting down)/i;

/**
 * Whether a handler failed because its database was away for a moment (a restart, a failover), not
 * because of the event: such a failure is retried for as long as it lasts and never dead-lettered, as
 * the event itself is fine and a person would only have to replay it.
 */
export function isTransientFailure(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; driverError?: unknown; cause?: unknown; message?: unknown } | undefined, depth = 0;
    e && depth < 4;
    depth++
  ) {
    if (typeof e.code === 'string' && (UNREACHABLE_CODES.has(e.code) || UNAVAILABLE_STATES.test(e.code))) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}
