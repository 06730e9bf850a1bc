import type { EntityManager } from 'typeorm';
import { TenantSettings } from './tenant-settings.entity';

// The tenant's settings record sits below every feature: rooms and cohorts read it, and the settings
// feature, which changes it, sits above cohorts (its distancing switch adjusts cohorts).

/** A tenant that never changed its settings works with these. */
export const defaultSettings = (tenantId: string): TenantSettings => ({
  tenantId,
  nameKo: '',
  nameEn: '',
  code: '',
  holidays: [],
  distancingEnabled: false,
  defaultDailyStart: '09:00',
  defaultDailyEnd: '18:00',
  updatedAt: new Date(0),
});

export async function settingsOf(tx: EntityManager, tenantId: string): Promise<TenantSettings> {
  return (await tx.findOne(TenantSettings, { where: { tenantId } })) ?? defaultSettings(tenantId);
}
