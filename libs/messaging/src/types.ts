import type { EventContract, EventEnvelope } from '@baeum/contracts';
import type { EntityManager } from 'typeorm';

/**
 * A consumer's reaction to one event. It runs inside the transaction that also records the event
 * in the inbox, so its writes must go through `tx` (never the data source: on embedded PostgreSQL
 * a query outside the open transaction waits for it forever).
 */
export interface EventHandler<P = unknown> {
  readonly contract: EventContract<P>;
  handle(event: EventEnvelope<P>, tx: EntityManager): Promise<void>;
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
