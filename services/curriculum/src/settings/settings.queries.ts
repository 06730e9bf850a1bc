import type { CurriculumSettingsView, InstituteImageView, InstituteSettingsView } from '@baeum/api';
import type { EntityManager } from 'typeorm';
import { TenantSettings } from '../shared/tenant-settings.entity';
import { InstituteImage, InstituteImageKind } from './institute-image.entity';

/** Serialises changes of one tenant's settings until the transaction ends. */
export async function lockSettings(tx: EntityManager, tenantId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`baeum:curriculum:settings:${tenantId}`]);
}

export const saveSettings = (tx: EntityManager, settings: TenantSettings) => tx.save(TenantSettings, settings);

export const toSettingsView = ({ distancingEnabled, defaultDailyStart, defaultDailyEnd }: TenantSettings): CurriculumSettingsView => ({
  distancingEnabled,
  defaultDailyStart,
  defaultDailyEnd,
});

/** What is said of an image: never its bytes. */
export const imageFacts = (image: Omit<InstituteImage, 'content'>): InstituteImageView => ({
  contentType: image.contentType,
  width: image.width,
  height: image.height,
  bytes: image.bytes,
  sha256: image.sha256,
  updatedAt: new Date(image.updatedAt).toISOString(),
});

/** The institute's logo and seal, without their bytes. */
async function imagesOf(tx: EntityManager, tenantId: string): Promise<Map<InstituteImageKind, InstituteImageView>> {
  const images = await tx.find(InstituteImage, {
    where: { tenantId },
    select: { tenantId: true, kind: true, contentType: true, width: true, height: true, bytes: true, sha256: true, updatedAt: true },
  });
  return new Map(images.map((image) => [image.kind, imageFacts(image)]));
}

export async function instituteSettingsView(tx: EntityManager, settings: TenantSettings): Promise<InstituteSettingsView> {
  const images = await imagesOf(tx, settings.tenantId);
  return {
    nameKo: settings.nameKo,
    nameEn: settings.nameEn,
    code: settings.code,
    ...toSettingsView(settings),
    holidays: settings.holidays,
    logo: images.get('logo') ?? null,
    seal: images.get('seal') ?? null,
  };
}

/** One image with its bytes, to serve or to compare with a new one. */
export const imageOf = (tx: EntityManager, tenantId: string, kind: InstituteImageKind): Promise<InstituteImage | null> =>
  tx.findOne(InstituteImage, { where: { tenantId, kind } });

export const saveImage = (tx: EntityManager, image: InstituteImage) => tx.save(InstituteImage, image);
