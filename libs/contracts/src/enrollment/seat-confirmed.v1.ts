import { defineEvent } from '../schema';
import { COHORT_LABEL_FIELDS, CohortLabel } from './cohort-label';

export const SEAT_SOURCES = ['application', 'nomination', 'waitlist'] as const;

/** A trainee holds a confirmed seat in a cohort (선발 확정). Keyed by cohort: a cohort's seats stay in order. */
export interface SeatConfirmedV1 extends CohortLabel {
  applicationId: string;
  cohortId: string;
  traineeId: string;
  agencyCode: string;
  /** How the seat was won: an own application, an agency nomination, or promotion from the waitlist. */
  via: (typeof SEAT_SOURCES)[number];
  confirmedAt: string;
}

export const SeatConfirmedV1 = defineEvent<SeatConfirmedV1>({
  type: 'enrollment.seat.confirmed',
  version: 1,
  topic: 'enrollment.seat',
  keyOf: (p) => p.cohortId,
  fields: {
    applicationId: { kind: 'uuid' },
    cohortId: { kind: 'uuid' },
    traineeId: { kind: 'uuid' },
    agencyCode: { kind: 'string' },
    via: { kind: 'enum', values: SEAT_SOURCES },
    confirmedAt: { kind: 'instant' },
    ...COHORT_LABEL_FIELDS,
  },
});
