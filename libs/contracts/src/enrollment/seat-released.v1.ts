import { defineEvent } from '../schema';

export const SEAT_RELEASE_REASONS = ['cancelled', 'withdrawn', 'rejected', 'cohort_cancelled'] as const;

/** A confirmed seat was given up: the trainee cancelled or withdrew, was rejected, or the cohort was cancelled. */
export interface SeatReleasedV1 {
  applicationId: string;
  cohortId: string;
  traineeId: string;
  agencyCode: string;
  reason: (typeof SEAT_RELEASE_REASONS)[number];
  releasedAt: string;
}

export const SeatReleasedV1 = defineEvent<SeatReleasedV1>({
  type: 'enrollment.seat.released',
  version: 1,
  topic: 'enrollment.seat',
  keyOf: (p) => p.cohortId,
  fields: {
    applicationId: { kind: 'uuid' },
    cohortId: { kind: 'uuid' },
    traineeId: { kind: 'uuid' },
    agencyCode: { kind: 'string' },
    reason: { kind: 'enum', values: SEAT_RELEASE_REASONS },
    releasedAt: { kind: 'instant' },
  },
});
