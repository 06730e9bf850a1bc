import { EventEnvelope, validatePayload } from '@baeum/contracts';
import type { EventHandler } from './types';

/** Which handler takes an envelope, if any (HandlerIndex.find). */
export type HandlerFound = { kind: 'handler'; handler: EventHandler } | { kind: 'ignored' } | { kind: 'refused'; error: string };

/**
 * A service's event handlers by type and version: the one place that decides which handler an
 * envelope goes to and whether its payload keeps that handler's contract (the consumer runtime, and
 * a service handing a kept event back to its handler later).
 */
export class HandlerIndex {
  private readonly byTypeAndVersion = new Map<string, EventHandler>();
  private readonly knownTypes = new Set<string>();

  constructor(handlers: EventHandler[]) {
    for (const handler of handlers) {
      this.byTypeAndVersion.set(`${handler.contract.type}@${handler.contract.version}`, handler);
      this.knownTypes.add(handler.contract.type);
    }
  }

  get handlers(): EventHandler[] {
    return [...this.byTypeAndVersion.values()];
  }

  /**
   * Events of a type no handler takes pass by; a known type in an unknown version does not, since
   * skipping it would lose an effect; nor does a payload its contract refuses.
   */
  find(envelope: EventEnvelope): HandlerFound {
    if (!this.knownTypes.has(envelope.type)) return { kind: 'ignored' };
    const handler = this.byTypeAndVersion.get(`${envelope.type}@${envelope.version}`);
    if (!handler) return { kind: 'refused', error: `no handler for ${envelope.type} version ${envelope.version}` };
    const problems = validatePayload(handler.contract, envelope.payload);
    if (problems.length > 0)
      return { kind: 'refused', error: `payload of ${envelope.type} v${envelope.version} is invalid: ${problems.join('; ')}` };
    return { kind: 'handler', handler };
  }
}
