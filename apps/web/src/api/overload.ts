/**
 * Overload is answered 503 with Retry-After: the services shed the request before working on it, or
 * rolled it back, or the gateway got no answer in time (then the write may have been done). So every
 * write carries an Idempotency-Key, one per action, kept on each try of it: the services apply a
 * write once per key and answer a repeat with what the first got (ADR 0012), and 409 with
 * Retry-After while the first is still being worked on. The app asks again on either, after the
 * wait the server names and a growing pause, a few times, and meanwhile says that it is waiting;
 * only then does the person see the refusal.
 */
const MAX_TRIES_AFTER_OVERLOAD = 3;
const LONGEST_WAIT_MS = 10_000;

type Listener = () => void;
let waiting = 0;
const listeners = new Set<Listener>();
const changeWaiting = (delta: number) => {
  waiting += delta;
  for (const listener of listeners) listener();
};

/** Whether some call is waiting to ask again (for the notice in the frame). */
export const overloadWait = {
  get: (): boolean => waiting > 0,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** How long to wait before the next try: what the server asked for, doubled with each try, within bounds. */
export function waitBeforeRetry(retryAfterHeader: string | null, attempt: number): number | null {
  if (retryAfterHeader === null) return null;
  const seconds = Number(retryAfterHeader);
  if (!Number.isFinite(seconds) || seconds < 0) return null;
  return Math.min(Math.max(seconds, 1) * 1000 * 2 ** attempt, LONGEST_WAIT_MS);
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A write with its Idempotency-Key: the one it was given (a form's own), else a new one. Reads as they are. */
export function withIdempotencyKey(request: Request, newKey: () => string = () => crypto.randomUUID()): Request {
  if (!WRITES.has(request.method) || request.headers.has(IDEMPOTENCY_HEADER)) return request;
  const headers = new Headers(request.headers);
  headers.set(IDEMPOTENCY_HEADER, newKey());
  return new Request(request, { headers });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A fetch that tries a shed request again; each try sends a fresh copy of the request (its body and
 * its Idempotency-Key too).
 */
export function retryingOverload(send: (request: Request) => Promise<Response>) {
  return async (original: Request): Promise<Response> => {
    const request = withIdempotencyKey(original);
    for (let attempt = 0; ; attempt++) {
      const response = await send(request.clone());
      const again = response.status === 503 || response.status === 409; // 409 only with Retry-After: still in progress
      const wait = again ? waitBeforeRetry(response.headers.get('Retry-After'), attempt) : null;
      if (wait === null || attempt >= MAX_TRIES_AFTER_OVERLOAD) return response;
      changeWaiting(+1);
      try {
        await sleep(wait);
      } finally {
        changeWaiting(-1);
      }
    }
  };
}
