import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import pretty from 'pino-pretty';
import { currentContext } from './request-context';

/** Personal data and secrets never reach the logs (docs/architecture.md, rule 9). */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.passwordHash',
  '*.accessToken',
  '*.email',
  '*.birthDate',
  '*.phone',
  '*.phoneNumber',
  '*.residentNumber',
  'payload.email',
  'payload.birthDate',
  'payload.phone',
  'payload.residentNumber',
];

export function createLogger(service: string, level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Every line carries the correlation id of the work it belongs to.
      mixin: () => {
        const ctx = currentContext();
        return ctx ? { correlationId: ctx.correlationId } : {};
      },
    },
    destination,
  );
}

/**
 * Log lines for a person at a terminal (`npm start`): time, level, service and message on one line,
 * the rest indented below. Written in the process (no worker thread), in order with everything else.
 * Services in a stack and in production keep JSON lines, one per entry, for the log collector.
 */
export function readableLogDestination(
  colour = process.stdout.isTTY === true,
  output: NodeJS.WritableStream = process.stdout,
): pino.DestinationStream {
  return pretty({
    destination: output,
    colorize: colour,
    sync: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,service',
    messageFormat: '{service} | {msg}',
    singleLine: false,
  });
}

/** Nest's start-up chatter (every module and route) goes to debug, not info. */
// DataSourceNameRegistry warns when embedded mode runs several apps in one process; each app has
// its own container and passes its entities explicitly, so nothing is overridden.
const STARTUP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'DataSourceNameRegistry']);

/** Routes Nest's own log calls into pino as JSON. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    if (context && STARTUP_CONTEXTS.has(context)) this.logger.debug({ context }, String(message));
    else this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    if (context && STARTUP_CONTEXTS.has(context)) this.logger.debug({ context }, String(message));
    else this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
