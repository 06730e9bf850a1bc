import { EventContract, EventEnvelope, producerOf } from '@baeum/contracts';
import { randomUUID } from 'node:crypto';

/** An event as its producer would send it, with fresh ids, for a test to deliver to a consumer. */
export function eventEnvelope<P>(contract: EventContract<P>, tenantId: string, payload: P, id: string = randomUUID()): EventEnvelope<P> {
  return {
    id,
    type: contract.type,
    version: contract.version,
    occurredAt: new Date().toISOString(),
    tenantId,
    source: producerOf(contract),
    correlationId: randomUUID(),
    causationId: null,
    payload,
  };
}
