import { defineEvent } from '../schema';

/**
 * The course manager decided completion (수료 처리) for a cohort whose training has ended. Enrollment
 * owns the decision; curriculum follows by ending the cohort (교육 종료), announced as
 * `curriculum.cohort.completed`, so one action completes the cohort everywhere. Published on every
 * run (a second run after attendance corrections too); curriculum ends the cohort once.
 */
export interface CohortCompletionDecidedV1 {
  cohortId: string;
  /** The cohort's last day of training, as enrollment's replica holds it. */
  endDate: string;
  /** How many trainees completed on this run. */
  completed: number;
  /** How many did not meet the course's rule on this run. */
  notCompleted: number;
}

export const CohortCompletionDecidedV1 = defineEvent<CohortCompletionDecidedV1>({
  type: 'enrollment.cohort_completion.decided',
  version: 1,
  // With the trainees' completions, keyed by the cohort.
  topic: 'enrollment.completion',
  keyOf: (p) => p.cohortId,
  fields: {
    cohortId: { kind: 'uuid' },
    endDate: { kind: 'date' },
    completed: { kind: 'int', min: 0 },
    notCompleted: { kind: 'int', min: 0 },
  },
});
