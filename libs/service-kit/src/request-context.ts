import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { KeyedWrite } from './kept-answers';

/** What a unit of work (an HTTP request or a consumed event) carries for tracing. */
export interface RequestContext {
  correlationId: string;
  /** The request or event that caused the current work; stamped on the events it emits. */
  causationId: string | null;
  /** The caller's Idempotency-Key (HTTP writes); the gateway passes it on with each write it makes. */
  idempotencyKey?: string;
  /** Writes made on to services so far while working on this request (the gateway's ServiceClients). */
  writeCalls?: number;
  /** The keyed write this request makes (services' IdempotencyInterceptor): its first transaction keeps the key. */
  keyedWrite?: KeyedWrite;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const currentContext = (): RequestContext | undefined => storage.getStore();

export function runInContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export const newCorrelationId = (): string => randomUUID();
