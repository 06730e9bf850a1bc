import { defineEvent } from '../schema';
import { COHORT_LABEL_FIELDS, CohortLabel } from './cohort-label';

/** An application found the cohort full and waits (대기) at `position`, 1 being next. */
export interface SeatWaitlistedV1 extends CohortLabel {
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
    ...COHORT_LABEL_FIELDS,
  },
});
