import type { CurriculumSettingsView } from '@baeum/api';
import type { EntityManager } from 'typeorm';
import type { TenantSettings } from '../shared/tenant-settings.entity';

/** Serialises changes of one tenant's settings until the transaction ends. */
export async function lockSettings(tx: EntityManager, tenantId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`baeum:curriculum:settings:${tenantId}`]);
}

export const toSettingsView = ({ distancingEnabled, defaultDailyStart, defaultDailyEnd }: TenantSettings): CurriculumSettingsView => ({
  distancingEnabled,
  defaultDailyStart,
  defaultDailyEnd,
});
