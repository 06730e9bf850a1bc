import { AuthUser, dataSourceOptions, DatabaseSettings, Role, runMigrations } from '@baeum/service-kit';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import { onFreshConnection } from './fresh-connection';

/** The PostgreSQL a spec uses: the integration set-up's when it runs, else the one of `scripts/infra` (127.0.0.1:5432). */
const serverUrl = () => process.env.BAEUM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface SpecDatabase {
  dataSource: DataSource;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

/**
 * A database of its own for one spec file (a use case or queries against a real PostgreSQL): created
 * empty with a random name, the service's migrations applied, dropped afterwards. Nothing is shared
 * between runs or with other specs. The pool holds 4 connections unless `poolSize` says more.
 */
export async function specDatabase(
  settings: Omit<DatabaseSettings, 'url' | 'poolSize'> & Partial<DatabaseSettings>,
): Promise<SpecDatabase> {
  const database = `baeum_spec_${settings.schema}_${randomBytes(4).toString('hex')}`;
  const admin = <T>(work: (c: Client) => Promise<T>): Promise<T> =>
    onFreshConnection(
      serverUrl(),
      work,
      (error) =>
        new Error(
          `These specs need PostgreSQL (BAEUM_TEST_PG_URL, or ${serverUrl()}): ` +
            `${error.message}. Start it with scripts/infra/up.sh, or run them through npm ` +
            `test.`,
        ),
    );
  await admin((c) => c.query(`CREATE DATABASE "${database}"`));
  const url = Object.assign(new URL(serverUrl()), { pathname: `/${database}` }).toString();
  const full: DatabaseSettings = { ...settings, url, poolSize: settings.poolSize ?? 4 };
  await runMigrations(full);
  const dataSource = new DataSource(dataSourceOptions(full));
  await dataSource.initialize();
  return {
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await admin((c) => c.query(`DROP DATABASE "${database}" WITH (FORCE)`));
    },
  };
}

/**
 * The spec file's own database for its tests: created before them (migrated), dropped after them.
 * Read `dataSource` inside the tests.
 */
export function useSpecDatabase(settings: Omit<DatabaseSettings, 'url' | 'poolSize'> & Partial<DatabaseSettings>): {
  readonly dataSource: DataSource;
} {
  let db: SpecDatabase | undefined;
  beforeAll(async () => {
    db = await specDatabase(settings);
  }, 120_000);
  afterAll(() => db?.drop());
  return {
    get dataSource(): DataSource {
      if (!db) throw new Error('the spec database is not set up yet (use it inside a test)');
      return db.dataSource;
    },
  };
}

/** A signed-in user of a tenant of their own (unless one is given): one per test keeps tests apart. */
export const specUser = (role: Role, extra: Partial<AuthUser> = {}): AuthUser => ({
  userId: randomUUID(),
  tenantId: randomUUID(),
  role,
  agencyCode: null,
  name: '김배움',
  ...extra,
});
