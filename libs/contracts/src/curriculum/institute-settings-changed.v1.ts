import { defineEvent } from '../schema';

/** A day the institute does not work, beside the national holidays (libs/calendar). */
export interface InstituteHoliday {
  date: string;
  name: string;
}

/**
 * The institute's settings changed (its names, code, distancing rule or own holidays). Carries them
 * whole, so a consumer keeps the latest: the holidays are for the business calendar of other services.
 */
export interface InstituteSettingsChangedV1 {
  tenantId: string;
  /** The names and code, once the administrator has set them. */
  nameKo?: string;
  nameEn?: string;
  code?: string;
  distancingEnabled: boolean;
  /** Every holiday of the institute's own, by date. */
  holidays: InstituteHoliday[];
  changedAt: string;
}

export const InstituteSettingsChangedV1 = defineEvent<InstituteSettingsChangedV1>({
  type: 'curriculum.settings.changed',
  version: 1,
  topic: 'curriculum.settings',
  keyOf: (p) => p.tenantId,
  fields: {
    tenantId: { kind: 'uuid' },
    nameKo: { kind: 'string', optional: true },
    nameEn: { kind: 'string', optional: true },
    code: { kind: 'string', optional: true },
    distancingEnabled: { kind: 'boolean' },
    holidays: { kind: 'list', items: { date: { kind: 'date' }, name: { kind: 'string' } } },
    changedAt: { kind: 'instant' },
  },
});
