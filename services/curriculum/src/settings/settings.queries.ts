import type { CurriculumSettingsView } from '@baeum/api';
import type { EntityManager } from 'typeorm';
import { TenantSettings } from './tenant-settings.entity';

/** A tenant that never changed its settings works with these. */
export const defaultSettings = (tenantId: string): TenantSettings => ({
  tenantId,
  distancingEnabled: false,
  defaultDailyStart: '09:00',
  defaultDailyEnd: '18:00',
  updatedAt: new Date(0),
});

export async function settingsOf(tx: EntityManager, tenantId: string): Promise<TenantSettings> {
  return (await tx.findOne(TenantSettings, { where: { tenantId } })) ?? defaultSettings(tenantId);
}

/** Serialises changes of one tenant's settings until the transaction ends. */
export async function lockSettings(tx: EntityManager, tenantId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`baeum:curriculum:settings:${tenantId}`]);
}

export const toSettingsView = ({ distancingEnabled, defaultDailyStart, defaultDailyEnd }: TenantSettings): CurriculumSettingsView => ({
  distancingEnabled,
  defaultDailyStart,
  defaultDailyEnd,
});
