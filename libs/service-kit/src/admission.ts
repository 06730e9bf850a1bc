import type { NextFunction, Request, Response } from 'express';

export interface AdmissionSettings {
  /** Requests worked on at once; sized to the database pool (a few requests per connection). */
  maxInFlight: number;
  /** How long a request beyond that may wait for its turn before it is answered 503. */
  maxWaitMs: number;
  /** Requests that may wait at once; one more is answered 503 at once. */
  maxWaiting: number;
}

const RETRY_AFTER_SECONDS = 1;
/** Probes and scrapes are never queued behind the work they report on. */
const ALWAYS_ADMITTED = /^\/(health|metrics)(\/|$)/;

/**
 * A service's door: at most `maxInFlight` requests are worked on at once, the rest wait their
 * turn in order (their bodies unread) for at most `maxWaitMs`. A request that cannot be taken in
 * time is answered 503 with Retry-After, having done nothing, rather than queueing for a pooled
 * connection until the pool's own timeout fails it deep inside a use case.
 */
export function admissionControl(settings: AdmissionSettings) {
  let inFlight = 0;
  const waiting: { start: () => void; timer: NodeJS.Timeout }[] = [];

  /** Hands free places to the longest waiting. */
  const pump = () => {
    while (inFlight < settings.maxInFlight && waiting.length > 0) {
      const entry = waiting.shift()!;
      clearTimeout(entry.timer);
      entry.start();
    }
  };

  return (req: Request, res: Response, next: NextFunction): void => {
    if (ALWAYS_ADMITTED.test(req.path)) return next();
    const start = () => {
      if (res.writableEnded || req.socket.destroyed) return; // the caller left while waiting
      inFlight++;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        inFlight--;
        pump();
      };
      res.once('finish', finish);
      res.once('close', finish);
      next();
    };
    if (inFlight < settings.maxInFlight && waiting.length === 0) return start();
    if (waiting.length >= settings.maxWaiting) return shed(res);
    const entry = {
      start,
      timer: setTimeout(() => {
        const index = waiting.indexOf(entry);
        if (index !== -1) waiting.splice(index, 1);
        shed(res);
      }, settings.maxWaitMs),
    };
    waiting.push(entry);
  };
}

function shed(res: Response): void {
  if (res.headersSent) return;
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  // The body was never read: the connection cannot carry another request, so the client must not reuse it.
  res.setHeader('Connection', 'close');
  res.status(503).json({
    statusCode: 503,
    code: 'UNAVAILABLE',
    message: '요청이 많아 처리하지 못했습니다. 잠시 후 다시 시도하세요 / Overloaded; try again shortly',
    params: { retryAfterSeconds: RETRY_AFTER_SECONDS },
  });
}
