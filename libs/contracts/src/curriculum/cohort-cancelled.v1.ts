import { defineEvent } from '../schema';

/** A cohort was cancelled (폐강): enrollment releases every seat, finance releases the commitment. */
export interface CohortCancelledV1 {
  cohortId: string;
  courseId: string;
  courseCode: string;
  startDate: string;
  budgetLineCode: string;
  reason: string;
}

export const CohortCancelledV1 = defineEvent<CohortCancelledV1>({
  type: 'curriculum.cohort.cancelled',
  version: 1,
  topic: 'curriculum.cohort',
  keyOf: (p) => p.cohortId,
  fields: {
    cohortId: { kind: 'uuid' },
    courseId: { kind: 'uuid' },
    courseCode: { kind: 'string' },
    startDate: { kind: 'date' },
    budgetLineCode: { kind: 'string' },
    reason: { kind: 'string' },
  },
});
