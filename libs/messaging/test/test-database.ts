import { infra } from '@baeum/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** A database of this spec file's own, with a random name, and how to drop it afterwards. */
export async function testDatabase(prefix: string, poolSize: number): Promise<{ dataSource: DataSource; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: infra().pgUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = Object.assign(new URL(infra().pgUrl), { pathname: `/${name}` }).toString();
  const dataSource = new DataSource({ type: 'postgres', url, extra: { max: poolSize } });
  await dataSource.initialize();
  return {
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await admin(`DROP DATABASE "${name}" WITH (FORCE)`);
    },
  };
}
