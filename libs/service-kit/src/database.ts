import { DataSource, DataSourceOptions, QueryFailedError, ValueTransformer } from 'typeorm';

export interface DatabaseSettings {
  url: string;
  /** Each service keeps its tables in a schema named after it (its own database in stack mode too). */
  schema: string;
  poolSize: number;
  entities: Function[];
  migrations: Function[];
  /** Named prepared statements for `preparedQuery` (each connection must own its session). */
  preparedStatements?: boolean;
}

export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    schema: settings.schema,
    entities: settings.entities,
    migrations: settings.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    applicationName: `baeum-${settings.schema}`,
    // node-postgres ignores `preparedStatements`; `preparedQuery` reads it from here.
    extra: { max: settings.poolSize, connectionTimeoutMillis: 15000, preparedStatements: settings.preparedStatements ?? false },
  };
}

/**
 * Runs pending migrations in one transaction, under an advisory lock so that replicas starting
 * together do not race. Returns the names applied.
 */
export async function runMigrations(settings: DatabaseSettings): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(settings), extra: { max: 2 } });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query(`SELECT pg_advisory_lock(hashtext($1))`, [`baeum:migrate:${settings.schema}`]);
    await lock.query(`CREATE SCHEMA IF NOT EXISTS "${settings.schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    await lock.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`baeum:migrate:${settings.schema}`]);
    return applied.map((m) => m.name);
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}

/** SQL that would bring the database in line with the entities; empty when migrations match them. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

/** Money is integer won: bigint in the database and in code, never a float. */
export const wonTransformer: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};

/** A unique index refused the row (PostgreSQL's unique_violation, 23505): a duplicate, which the caller names. */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '23505';

/** Two transactions waited for each other and PostgreSQL rolled this one back (deadlock_detected, 40P01): it may simply run again. */
export const isDeadlock = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === '40P01';
