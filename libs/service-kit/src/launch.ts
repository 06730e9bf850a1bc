import { DynamicModule, INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { createServiceApp } from './bootstrap';
import { BaseEnv, docsEnabled, loadEnv } from './config';
import { DatabaseSettings, runMigrations } from './database';
import { createLogger } from './logging';
import { startTracing } from './tracing';

/** Everything the launcher needs to know about one service. */
export interface ServiceDefinition<E extends BaseEnv> {
  service: string;
  title: string;
  envClass: new () => E;
  database(env: E): DatabaseSettings;
  module(env: E, logger: Logger): DynamicModule;
  /** Idempotent demo data, run when SEED_DEMO is on. */
  seed?(app: INestApplication, env: E): Promise<void>;
  configure?(app: INestApplication, env: E): void;
  /** Requests worked on at once when HTTP_MAX_IN_FLIGHT is unset; four per pooled connection if this is unset too. */
  maxInFlight?(env: E): number;
}

export interface LaunchOptions {
  handleSignals: boolean;
  host?: string;
  logger?: Logger;
}

/** Validates env, migrates, seeds if asked, and serves. */
export async function launchService<E extends BaseEnv>(
  definition: ServiceDefinition<E>,
  source: Record<string, string | undefined>,
  options: LaunchOptions,
): Promise<INestApplication> {
  const env = loadEnv(definition.envClass, source);
  const logger = options.logger ?? createLogger(definition.service, env.LOG_LEVEL);
  // Once per process: in embedded mode the platform has started it already under its own name.
  startTracing({ serviceName: definition.service, exporter: env.OTEL_TRACES_EXPORTER, batchDelayMs: env.OTEL_BSP_SCHEDULE_DELAY });
  if (env.RUN_MIGRATIONS) {
    const applied = await runMigrations(definition.database(env));
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  }
  const app = await createServiceApp(definition.module(env, logger), {
    service: definition.service,
    title: definition.title,
    logger,
    port: env.PORT,
    host: options.host,
    handleSignals: options.handleSignals,
    docs: docsEnabled(env),
    admission: {
      maxInFlight: env.HTTP_MAX_IN_FLIGHT ?? definition.maxInFlight?.(env) ?? env.DB_POOL_SIZE * 4,
      maxWaitMs: env.HTTP_MAX_WAIT_MS,
      maxWaiting: env.HTTP_MAX_WAITING,
    },
    configure: (a) => definition.configure?.(a, env),
    beforeListen: env.SEED_DEMO && definition.seed ? (a) => definition.seed!(a, env) : undefined,
  });
  return app;
}

/** `migrate.js`: applies pending migrations and exits (the Kubernetes migration Job runs this). */
export async function migrateService<E extends BaseEnv>(
  definition: ServiceDefinition<E>,
  source: Record<string, string | undefined>,
): Promise<string[]> {
  const env = loadEnv(definition.envClass, { PORT: '0', ...source });
  return runMigrations(definition.database(env));
}
