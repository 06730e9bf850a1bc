import { defineEvent } from '../schema';

/** A trainee completed a cohort (수료) by its course's rule. */
export interface TraineeCompletedV1 {
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
  },
});
