/**
 * kafkajs 2.2.4 re-armed a 1 ms timer on every broker connection forever, pending requests or not
 * (kafkajs issues 1556 and 1704): an idle stack of six services spent about 0.27 of a core on it.
 * `patches/kafkajs+2.2.4.patch` (applied by `npm install` through patch-package) arms it only while
 * a request waits or the broker throttles. These hold the patched queue to that.
 */
interface RequestQueue {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null | undefined;
  scheduleCheckPendingRequests(): void;
}

// kafkajs ships no types for its internals; the path is fixed by the exact version in package.json.
const RequestQueueClass = require('kafkajs/src/network/requestQueue') as new (options: Record<string, unknown>) => RequestQueue;

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function newQueue(): RequestQueue {
  return new RequestQueueClass({
    maxInFlightRequests: null,
    requestTimeout: 30000,
    enforceRequestTimeout: true,
    clientId: 'spec',
    broker: 'spec:9092',
    logger: silent,
  });
}

function armed(queue: RequestQueue): boolean {
  const timer = queue.throttleCheckTimeoutId;
  if (timer) clearTimeout(timer);
  return Boolean(timer);
}

describe('kafkajs request queue (patched)', () => {
  it('arms no timer while no request waits and the broker throttles nothing', () => {
    const queue = newQueue();
    queue.scheduleCheckPendingRequests();
    expect(armed(queue)).toBe(false);
  });

  it('still looks again soon while a request waits', () => {
    const queue = newQueue();
    queue.pending.push({});
    queue.scheduleCheckPendingRequests();
    expect(armed(queue)).toBe(true);
  });

  it('still looks again when a throttle the broker asked for ends', () => {
    const queue = newQueue();
    queue.throttledUntil = Date.now() + 60_000;
    queue.scheduleCheckPendingRequests();
    expect(armed(queue)).toBe(true);
  });
});
