import { defineEvent } from '../schema';
import { COHORT_LABEL_FIELDS, CohortLabel } from './cohort-label';

export const APPLICATION_END_REASONS = ['cancelled', 'withdrawn', 'rejected', 'cohort_cancelled', 'merged', 'waitlist_closed'] as const;
export type ApplicationEndReason = (typeof APPLICATION_END_REASONS)[number];

/**
 * An application ended before training, whatever it held (a pending approval, a place on the
 * waitlist or a confirmed seat): the trainee cancelled it, their agency or the institute withdrew it,
 * an approval rejected it, its cohort was cancelled (폐강) or merged into another, or training began
 * while it still waited (대기 종료). A released seat is also announced by `enrollment.seat.released`;
 * this is the trainee's side of it, with what a notice names. Keyed by cohort, with its seat events.
 */
export interface ApplicationEndedV1 extends CohortLabel {
  applicationId: string;
  cohortId: string;
  traineeId: string;
  agencyCode: string;
  reason: ApplicationEndReason;
  /** Whether it held a confirmed seat when it ended. */
  heldSeat: boolean;
  endedAt: string;
  /** merged: the cohort the trainee moved to, and its dates (the course is the same). */
  targetCohortId?: string;
  targetStartDate?: string;
  targetEndDate?: string;
}

export const ApplicationEndedV1 = defineEvent<ApplicationEndedV1>({
  type: 'enrollment.application.ended',
  version: 1,
  topic: 'enrollment.seat',
  keyOf: (p) => p.cohortId,
  fields: {
    applicationId: { kind: 'uuid' },
    cohortId: { kind: 'uuid' },
    traineeId: { kind: 'uuid' },
    agencyCode: { kind: 'string' },
    reason: { kind: 'enum', values: APPLICATION_END_REASONS },
    heldSeat: { kind: 'boolean' },
    endedAt: { kind: 'instant' },
    targetCohortId: { kind: 'uuid', optional: true },
    targetStartDate: { kind: 'date', optional: true },
    targetEndDate: { kind: 'date', optional: true },
    ...COHORT_LABEL_FIELDS,
  },
});
