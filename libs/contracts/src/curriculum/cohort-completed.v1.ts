import { defineEvent } from '../schema';

/** A cohort's training ended and its course manager closed it (교육 종료). */
export interface CohortCompletedV1 {
  cohortId: string;
  courseId: string;
  courseCode: string;
  endDate: string;
}

export const CohortCompletedV1 = defineEvent<CohortCompletedV1>({
  type: 'curriculum.cohort.completed',
  version: 1,
  topic: 'curriculum.cohort',
  keyOf: (p) => p.cohortId,
  fields: { cohortId: { kind: 'uuid' }, courseId: { kind: 'uuid' }, courseCode: { kind: 'string' }, endDate: { kind: 'date' } },
});
