import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * For the kit's own specs (the kit cannot use `@baeum/testing`, which depends on it): a PostgreSQL
 * database of this run's own, named `baeum_spec_<name>_<random>`, made and dropped on the test server.
 */
export function specDatabase(name: string): { url: string; create(): Promise<void>; drop(): Promise<void> } {
  const serverUrl = process.env.BAEUM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `baeum_spec_${name}_${randomBytes(4).toString('hex')}`;
  const onServer = async (sql: string): Promise<void> => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    url: Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString(),
    create: () => onServer(`CREATE DATABASE "${database}"`),
    drop: () => onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
  };
}
