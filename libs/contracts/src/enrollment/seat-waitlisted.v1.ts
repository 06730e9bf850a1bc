import { defineEvent } from '../schema';

/** An application found the cohort full and waits (대기) at `position`, 1 being next. */
export interface SeatWaitlistedV1 {
  applicationId: string;
  cohortId: string;
  traineeId: string;
  agencyCode: string;
  position: number;
}

export const SeatWaitlistedV1 = defineEvent<SeatWaitlistedV1>({
  type: 'enrollment.seat.waitlisted',
  version: 1,
  topic: 'enrollment.seat',
  keyOf: (p) => p.cohortId,
  fields: {
    applicationId: { kind: 'uuid' },
    cohortId: { kind: 'uuid' },
    traineeId: { kind: 'uuid' },
    agencyCode: { kind: 'string' },
    position: { kind: 'int', min: 1 },
  },
});
