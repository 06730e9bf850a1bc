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
