/**
 * Overload is answered 503 with Retry-After, and such an answer means nothing was done (the
 * services shed the request before working on it, or rolled it back). So the app asks again, after
 * the wait the server names and a growing pause, a few times, and meanwhile says that it is waiting;
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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A fetch that tries a shed request again; each try sends a fresh copy of the request (its body too). */
export function retryingOverload(send: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    for (let attempt = 0; ; attempt++) {
      const response = await send(request.clone());
      const wait = response.status === 503 ? waitBeforeRetry(response.headers.get('Retry-After'), attempt) : null;
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
