import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { httpRequestDuration } from './metrics';
import { newCorrelationId, runInContext } from './request-context';
import { startServerSpan } from './tracing';

const CORRELATION_HEADER = 'x-correlation-id';
const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const QUIET_PATHS = /^\/(health|metrics)/;

/** Gives each request a correlation id (kept from the caller when well-formed), logs and times it. */
export function httpContextMiddleware(service: string, logger: Logger) {
  const histogram = httpRequestDuration();
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header(CORRELATION_HEADER);
    const correlationId = incoming && SAFE_ID.test(incoming) ? incoming : newCorrelationId();
    res.setHeader(CORRELATION_HEADER, correlationId);
    const started = process.hrtime.bigint();
    let span: ReturnType<typeof startServerSpan>;
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = req.route?.path ? `${req.baseUrl}${req.route.path}` : 'unmatched';
      span?.finish(route, res.statusCode);
      histogram.observe({ service, method: req.method, route, status: String(res.statusCode) }, seconds);
      if (!QUIET_PATHS.test(req.path)) {
        logger.info({ correlationId, method: req.method, route, status: res.statusCode, ms: Math.round(seconds * 1000) }, 'http request');
      }
    });
    const idempotencyKey = req.header('idempotency-key');
    span = startServerSpan(req.method, req.headers, () =>
      runInContext({ correlationId, causationId: correlationId, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) }, next),
    );
  };
}
