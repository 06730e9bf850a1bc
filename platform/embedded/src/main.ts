import 'reflect-metadata';
import { curriculumService } from '@baeum/curriculum';
import { enrollmentService } from '@baeum/enrollment';
import { examinationService } from '@baeum/examination';
import { financeService } from '@baeum/finance';
import { gatewayService } from '@baeum/gateway';
import { notificationService } from '@baeum/notification';
import {
  createLogger,
  launchService,
  loadEnv,
  readableLogDestination,
  runMain,
  startTracing,
  stopTracing,
  TracingEnv,
} from '@baeum/service-kit';
import { PGlite } from '@electric-sql/pglite';
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { PgliteServer } from './pglite-server';

/**
 * Embedded mode: the whole of Baeum in one Node process for trying it out and for small
 * institutes. PostgreSQL is PGlite (WASM) served on a loopback socket with a schema per service;
 * events travel through the outbox tables (the embedded transport); the cache is in memory.
 */
const DOMAIN_SERVICES = [curriculumService, enrollmentService, examinationService, financeService, notificationService];
const DB_POOL_PER_SERVICE = 3;

function settings() {
  const dataDir = resolve(process.env.BAEUM_DATA_DIR ?? '.data');
  const port = Number(process.env.PORT ?? 3000);
  const pgPort = Number(process.env.BAEUM_PG_PORT ?? 0);
  if (![port, pgPort].every((p) => Number.isInteger(p) && p >= 0 && p < 65536)) {
    throw new Error('PORT and BAEUM_PG_PORT must be port numbers');
  }
  const logFormat = process.env.LOG_FORMAT ?? 'readable';
  if (!['readable', 'json'].includes(logFormat)) throw new Error('LOG_FORMAT must be readable or json');
  return { dataDir, port, pgPort, logLevel: process.env.LOG_LEVEL ?? 'info', logFormat };
}

/** One process per data folder: PGlite cannot share its files. */
function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, 'baeum.pid');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = pid !== process.pid;
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`${dataDir} is in use by process ${pid}; stop it first or set BAEUM_DATA_DIR`);
  }
  closeSync(openSync(lockFile, 'w'));
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

/** A signing secret made once per installation and kept with its data. */
function jwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  const started = Date.now();
  const config = settings();
  mkdirSync(config.dataDir, { recursive: true });
  const unlock = lockDataDir(config.dataDir);
  // Readable lines for the person who typed `npm start`; LOG_FORMAT=json gives a collector JSON lines.
  const logger = createLogger('embedded', config.logLevel, config.logFormat === 'json' ? undefined : readableLogDestination());

  const db = await PGlite.create({ dataDir: join(config.dataDir, 'pg') });
  const pgServer = new PgliteServer(db, (DOMAIN_SERVICES.length + 1) * (DB_POOL_PER_SERVICE + 2));
  await pgServer.start('127.0.0.1', config.pgPort);
  const databaseUrl = `postgres://postgres@127.0.0.1:${pgServer.port}/postgres`;
  // Tools such as `npm run dlq -- list finance --embedded` find the running database here.
  writeFileSync(join(config.dataDir, 'postgres-url'), databaseUrl);

  const common = {
    DATABASE_URL: databaseUrl,
    DB_POOL_SIZE: String(DB_POOL_PER_SERVICE),
    // PGlite's one session is shared by every connection: a statement one prepares, another would prepare again.
    DB_PREPARED_STATEMENTS: 'false',
    MESSAGING_TRANSPORT: 'embedded',
    REDIS_URL: 'memory',
    JWT_SECRET: jwtSecret(config.dataDir),
    LOG_LEVEL: config.logLevel,
    SEED_DEMO: 'true',
    RUN_MIGRATIONS: 'true',
    // Exposure (docs/architecture.md): /docs off in production or with DOCS_ENABLED=false, /metrics behind METRICS_TOKEN.
    NODE_ENV: process.env.NODE_ENV,
    DOCS_ENABLED: process.env.DOCS_ENABLED,
    METRICS_TOKEN: process.env.METRICS_TOKEN,
    // Tracing (off by default): one process, so its spans carry one name, set below before any service starts.
    OTEL_TRACES_EXPORTER: process.env.OTEL_TRACES_EXPORTER,
    OTEL_BSP_SCHEDULE_DELAY: process.env.OTEL_BSP_SCHEDULE_DELAY,
  };
  // Notification: with no SMTP_URL, mails are written as .eml files under the data folder and their
  // links logged (README, "Mail"); links point at this gateway unless PUBLIC_BASE_URL says otherwise.
  const serviceEnv: Record<string, Record<string, string | undefined>> = {
    // The demo's 2021 results come from completion records generated and imported in the background
    // at first start (DEMO_RESULTS_2021=false leaves them out; the scale makes fewer).
    enrollment: {
      DEMO_RESULTS_2021: process.env.DEMO_RESULTS_2021 ?? 'true',
      DEMO_RESULTS_2021_SCALE: process.env.DEMO_RESULTS_2021_SCALE,
    },
    notification: {
      SMTP_URL: process.env.SMTP_URL,
      MAIL_FROM: process.env.MAIL_FROM,
      PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? `http://localhost:${config.port}`,
      MAIL_DIR: join(config.dataDir, 'mail'),
    },
  };
  const tracing = loadEnv(TracingEnv, common);
  startTracing({ serviceName: 'baeum-embedded', exporter: tracing.OTEL_TRACES_EXPORTER, batchDelayMs: tracing.OTEL_BSP_SCHEDULE_DELAY });
  const apps: INestApplication[] = [];
  const urls: Record<string, string> = {};
  // Domain services listen on loopback only, on ports the system picks (fixed ones could be taken);
  // the gateway is the one door.
  for (const definition of DOMAIN_SERVICES) {
    const app = await launchService(
      definition,
      { ...common, ...serviceEnv[definition.service], PORT: '0' },
      { handleSignals: false, host: '127.0.0.1', logger: logger.child({ service: definition.service }) },
    );
    apps.push(app);
    const { port } = app.getHttpServer().address() as AddressInfo;
    urls[`${definition.service.toUpperCase()}_URL`] = `http://127.0.0.1:${port}`;
  }
  const gateway = await launchService(
    gatewayService,
    { ...common, ...urls, PORT: String(config.port), WEB_ROOT: process.env.WEB_ROOT },
    { handleSignals: false, logger: logger.child({ service: 'gateway' }) },
  );
  apps.unshift(gateway);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    // The gateway first so no new work arrives; then each service drains its consumer.
    for (const app of apps) await app.close().catch((e) => logger.error({ err: e }, 'close failed'));
    await stopTracing().catch(() => undefined);
    await pgServer.stop();
    await db.close();
    unlock();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  logger.info({ seconds, url: `http://localhost:${config.port}` }, 'Baeum ready');
  process.stdout.write(
    `\n  배움 Baeum is ready in ${seconds} s: http://localhost:${config.port}\n` +
      '  Sign in as manager@seoul-hrd.example / Baeum!2022 (institute: seoul-hrd)\n\n',
  );
}

void runMain(main);
