import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ErrorBody, FieldErrorBody } from '@baeum/api';
import { DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { admissionControl, AdmissionSettings } from './admission';
import { ConfigError } from './config';
import { InputShapeGuard, refuseFormBodies } from './input-guard';
import { createValidationPipe, HttpErrorFilter } from './errors';
import { PinoNestLogger } from './logging';
import { stopTracing } from './tracing';
import { rawUploads } from './upload-limit';

export interface ServiceAppOptions {
  service: string;
  title: string;
  logger: Logger;
  port: number;
  host?: string;
  /** Standalone processes handle SIGTERM themselves; the embedded host closes apps in order. */
  handleSignals: boolean;
  /** Serve Swagger UI at `/docs` and the document at `/docs-json` (off in production: `docsEnabled` in config.ts). */
  docs?: boolean;
  /** How many requests are worked on at once, and how long the rest may wait (none: no limit). */
  admission?: AdmissionSettings;
  configure?: (app: INestApplication) => void;
  /** Runs after the app is initialised and before it accepts requests (demo seeding). */
  beforeListen?: (app: INestApplication) => Promise<void>;
}

/** How long a service keeps an idle kept-alive connection: longer than any caller keeps one (ServiceClients: 30 s). */
export const SERVER_KEEP_ALIVE_MS = 65_000;

/**
 * The pages' rules (the gateway serves the web app; the services answer JSON, for which they
 * cost nothing): scripts only from the app's own files, never inline; styles from its files
 * (React's style properties are set through the DOM, which the policy allows); no framing.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export async function createServiceApp(module: Type | object, options: ServiceAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create(module as Type, { logger: new PinoNestLogger(options.logger), bufferLogs: false });
  app.use(helmet({ contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY } }));
  // Before any body is read: a request that must wait holds no parsed body meanwhile.
  if (options.admission) app.use(admissionControl(options.admission));
  app.use(refuseFormBodies);
  // Imports arrive as the raw file in the body (application/octet-stream, name in X-File-Name), 10 MB at most.
  app.use(rawUploads());
  app.useGlobalPipes(createValidationPipe());
  // After the authentication guard (ServiceKitModule's APP_GUARD, registered when the app was created).
  app.useGlobalGuards(new InputShapeGuard());
  app.useGlobalFilters(new HttpErrorFilter());
  // Built on the first request for it, not at start: scanning every route takes a few hundred
  // milliseconds of CPU that each start (every test's stack, every replica) would otherwise pay.
  if (options.docs ?? true) SwaggerModule.setup('docs', app, () => createApiDocument(app, options.title), { jsonDocumentUrl: 'docs-json' });
  options.configure?.(app);
  if (options.handleSignals) closeOnSignals(app, options.logger);
  await app.init();
  await options.beforeListen?.(app);
  await app.listen(options.port, options.host ?? '0.0.0.0');
  const server = app.getHttpServer() as Server;
  // Callers close an idle kept-alive connection first (the gateway after 30 s): a server closing it
  // first could meet a request sent on it at that moment, which the caller sees as a reset (a 502).
  server.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
  server.headersTimeout = SERVER_KEEP_ALIVE_MS + 1_000;
  const { port } = server.address() as AddressInfo;
  options.logger.info({ port }, `${options.service} listening`);
  return app;
}

/**
 * The service's OpenAPI document. Every operation answers errors in one shape (`ErrorBody`, with the
 * `ErrorCode` enum), so a generated client types the error of every call.
 */
export function createApiDocument(app: INestApplication, title: string): OpenAPIObject {
  const document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle(title).setVersion('1').addBearerAuth().build(), {
    extraModels: [ErrorBody, FieldErrorBody],
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  const error = {
    description: '오류 / Error (a coded ErrorBody)',
    content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorBody) } } },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      operation.responses = { ...operation.responses, default: operation.responses.default ?? error };
      // The bearer token is the document's security scheme; routes that read the header by hand
      // (to pass it on) must not make it a parameter every client call has to give.
      operation.parameters = operation.parameters?.filter(
        (p) => !('in' in p && p.in === 'header' && p.name.toLowerCase() === 'authorization'),
      );
    }
  }
  return document;
}

/** Entry point wrapper: a bad environment prints a clear message and exits 1. */
export async function runMain(start: () => Promise<unknown>): Promise<void> {
  try {
    await start();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`Failed to start: ${(error as Error)?.stack ?? String(error)}\n`);
    }
    process.exit(1);
  }
}

/** SIGTERM/SIGINT: stop taking requests, drain consumers and the relay (app.close), then exit 0. */
function closeOnSignals(app: INestApplication, logger: Logger) {
  let closing = false;
  const close = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    app
      .close()
      // Spans still waiting for their batch are sent before the process goes.
      .then(() => stopTracing().catch(() => undefined))
      .then(
        () => process.exit(0),
        (error) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}
