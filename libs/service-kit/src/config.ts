import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1';
/** For `@Transform` on a service's own numeric variables: unset or empty stays unset. */
export const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

export enum LogLevel {
  fatal = 'fatal',
  error = 'error',
  warn = 'warn',
  info = 'info',
  debug = 'debug',
  trace = 'trace',
  silent = 'silent',
}

/** Tracing's settings (libs/service-kit/src/tracing.ts), part of every service's environment. */
export class TracingEnv {
  /**
   * Where spans go (libs/service-kit/src/tracing.ts): `none` (the default: no tracing), `otlp` (to the
   * collector the standard OTEL_EXPORTER_OTLP_ENDPOINT / _TRACES_ENDPOINT names, OTLP over HTTP) or
   * `console` (one JSON line per span).
   */
  @IsOptional()
  @IsIn(['none', 'otlp', 'console'], { message: 'OTEL_TRACES_EXPORTER must be none, otlp or console' })
  OTEL_TRACES_EXPORTER: 'none' | 'otlp' | 'console' = 'none';

  /** How long finished spans wait to be sent together (OpenTelemetry's standard variable). */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(60000)
  OTEL_BSP_SCHEDULE_DELAY = 2000;
}

/** Environment every service needs. Services extend it with their own fields. */
export class BaseEnv extends TracingEnv {
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT!: number;

  @IsString()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  DB_POOL_SIZE = 10;

  /**
   * Hot paths keep their statements prepared in each pooled connection (`preparedQuery`). Off where
   * connections do not own their session: embedded mode's shared PGlite, or a pooler in transaction mode.
   */
  @Transform(toBool)
  @IsOptional()
  DB_PREPARED_STATEMENTS = true;

  /**
   * Requests a service works on at once; more wait their turn (see `admissionControl`). Unset: four
   * per pooled database connection (the gateway, which mostly passes requests on, sets its own).
   */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  HTTP_MAX_IN_FLIGHT?: number;

  /** How long a request may wait for its turn before it is answered 503 with Retry-After. */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(120000)
  HTTP_MAX_WAIT_MS = 20000;

  /** Requests that may wait for their turn at once; one more is answered 503 at once. */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  HTTP_MAX_WAITING = 5000;

  @IsIn(['kafka', 'embedded'], { message: 'MESSAGING_TRANSPORT must be kafka or embedded' })
  MESSAGING_TRANSPORT: 'kafka' | 'embedded' = 'kafka';

  @ValidateIf((env: BaseEnv) => env.MESSAGING_TRANSPORT === 'kafka')
  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'KAFKA_BROKERS must be host:port[,host:port…] when MESSAGING_TRANSPORT=kafka' })
  KAFKA_BROKERS?: string;

  /**
   * The Kafka client behind the transport: `@platformatic/kafka` (ADR 0018), or kafkajs, the client
   * before it, kept for one release to fall back to.
   */
  @IsIn(['kafkajs', 'platformatic'], { message: 'KAFKA_CLIENT must be kafkajs or platformatic' })
  KAFKA_CLIENT: 'kafkajs' | 'platformatic' = 'platformatic';

  /** Consumer group id; defaults to the service name. Tests set their own to stay apart from a running stack. */
  @IsOptional()
  @Matches(/^[a-z0-9._-]{1,100}$/, { message: 'KAFKA_GROUP_ID must be lower-case letters, digits, . _ -' })
  KAFKA_GROUP_ID?: string;

  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(6000)
  @Max(300000)
  KAFKA_SESSION_TIMEOUT_MS = 30000;

  /**
   * Put before every topic name, so several environments (or test runs) can share one cluster
   * without seeing each other's events. Empty by default.
   */
  @IsOptional()
  @Matches(/^([a-z0-9_-]+\.)?$/, { message: 'KAFKA_TOPIC_PREFIX must be empty or lower-case letters, digits, _ - ending in a dot' })
  KAFKA_TOPIC_PREFIX = '';

  @Matches(/^(memory|rediss?:\/\/.+)$/, { message: 'REDIS_URL must be redis://… or "memory"' })
  REDIS_URL!: string;

  /**
   * Put before every Redis key (then the service name), so several environments (or test runs) can
   * share one Redis without sharing caches and rate-limit counters.
   */
  @IsOptional()
  @Matches(/^[a-z0-9_-]+:$/, { message: 'REDIS_KEY_PREFIX must be lower-case letters, digits, _ - ending in a colon' })
  REDIS_KEY_PREFIX = 'baeum:';

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  @IsOptional()
  @IsEnum(LogLevel)
  LOG_LEVEL: LogLevel = LogLevel.info;

  @Transform(toBool)
  @IsOptional()
  RUN_MIGRATIONS = true;

  @Transform(toBool)
  @IsOptional()
  SEED_DEMO = false;

  /** `production` switches the API documents off (unless DOCS_ENABLED says otherwise) and closes `/metrics` without METRICS_TOKEN. */
  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  /** Swagger UI (`/docs`, `/docs-json`) and the events' documents (`/docs/events`): on by default, off when NODE_ENV=production. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  DOCS_ENABLED?: boolean;

  /** When set, `GET /metrics` answers only a request with `Authorization: Bearer <METRICS_TOKEN>` (docs/architecture.md, "Exposure"). */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /**
   * Fault injection for tests, ignored in production: the first run of the write carrying this
   * Idempotency-Key answers FAULT_SLOW_MS late (after its work is done), as a service on a
   * saturated machine would. See idempotency.ts.
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: 'FAULT_SLOW_IDEMPOTENCY_KEY must be 8–100 letters, digits, - or _' })
  FAULT_SLOW_IDEMPOTENCY_KEY?: string;

  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600000)
  FAULT_SLOW_MS = 0;
}

const isProduction = (env: Pick<BaseEnv, 'NODE_ENV'>) => env.NODE_ENV === 'production';

/** Whether the service serves its API documents: DOCS_ENABLED when given, else everywhere but production. */
export function docsEnabled(env: Pick<BaseEnv, 'NODE_ENV' | 'DOCS_ENABLED'>): boolean {
  return env.DOCS_ENABLED ?? !isProduction(env);
}

/**
 * Who may read `/metrics`: with METRICS_TOKEN, the bearer of that token; without it, anyone outside
 * production (a developer's machine, the embedded demo) and nobody in production.
 */
export function metricsAccess(env: Pick<BaseEnv, 'NODE_ENV' | 'METRICS_TOKEN'>): { token: string } | 'open' | 'closed' {
  if (env.METRICS_TOKEN) return { token: env.METRICS_TOKEN };
  return isProduction(env) ? 'closed' : 'open';
}

export class ConfigError extends Error {}

/** Validates the environment; throws one ConfigError listing every bad variable. */
export function loadEnv<T extends object>(cls: new () => T, source: Record<string, string | undefined>): T {
  const instance = plainToInstance(cls, { ...source }, { exposeDefaultValues: true });
  const errors = validateSync(instance as object, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  - ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return instance;
}
