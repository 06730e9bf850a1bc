import { defineEvent } from '../schema';

/**
 * An agency was created, or deactivated or reactivated by the institute's administrator (기관 관리).
 * Curriculum keeps whether it is active: a deactivated agency is given no quota on a cohort. Ordered
 * per agency by `changedAt`; a consumer keeps the newest.
 */
export interface AgencyChangedV1 {
  code: string;
  nameKo: string;
  active: boolean;
  changedAt: string;
}

export const AgencyChangedV1 = defineEvent<AgencyChangedV1>({
  type: 'enrollment.agency.changed',
  version: 1,
  topic: 'enrollment.agency',
  keyOf: (p) => p.code,
  fields: {
    code: { kind: 'string' },
    nameKo: { kind: 'string' },
    active: { kind: 'boolean' },
    changedAt: { kind: 'instant' },
  },
});
