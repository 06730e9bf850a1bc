import { defineEvent } from '../schema';
import { COHORT_LABEL_FIELDS, CohortLabel } from './cohort-label';

/** A trainee completed a cohort (수료) by its course's rule. */
export interface TraineeCompletedV1 extends CohortLabel {
  applicationId: string;
  cohortId: string;
  courseId: string;
  traineeId: string;
  agencyCode: string;
  completedOn: string;
  attendancePercent: number;
  certificateNo: string;
}

export const TraineeCompletedV1 = defineEvent<TraineeCompletedV1>({
  type: 'enrollment.trainee.completed',
  version: 1,
  topic: 'enrollment.completion',
  keyOf: (p) => p.cohortId,
  fields: {
    applicationId: { kind: 'uuid' },
    cohortId: { kind: 'uuid' },
    courseId: { kind: 'uuid' },
    traineeId: { kind: 'uuid' },
    agencyCode: { kind: 'string' },
    completedOn: { kind: 'date' },
    attendancePercent: { kind: 'int', min: 0, max: 100 },
    certificateNo: { kind: 'string' },
    ...COHORT_LABEL_FIELDS,
  },
});
