import { dataSourceOptions, DatabaseSettings, pendingSchemaChanges, runMigrations } from '@baeum/service-kit';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { onFreshConnection } from './fresh-connection';
import { infra } from './stack';

/**
 * Applies a service's migrations to an empty database and returns the SQL TypeORM would still
 * run to match the entities: empty when migrations and entities agree.
 */
export async function schemaDriftAfterMigrations(settings: Omit<DatabaseSettings, 'url' | 'poolSize'>): Promise<string[]> {
  const database = `baeum_drift_${settings.schema}_${randomBytes(3).toString('hex')}`;
  return onFreshConnection(infra().pgUrl, async (admin) => {
    await admin.query(`CREATE DATABASE "${database}"`);
    const url = new URL(infra().pgUrl);
    url.pathname = `/${database}`;
    const full: DatabaseSettings = { ...settings, url: url.toString(), poolSize: 2 };
    try {
      await runMigrations(full);
      const dataSource = new DataSource(dataSourceOptions(full));
      await dataSource.initialize();
      try {
        return await pendingSchemaChanges(dataSource);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await admin.query(`DROP DATABASE "${database}" WITH (FORCE)`);
    }
  });
}
