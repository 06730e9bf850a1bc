import { defineEvent } from '../schema';

export const UNDER_FILL_DECISIONS = ['extend', 'merge', 'cancel'] as const;
export type UnderFillDecision = (typeof UNDER_FILL_DECISIONS)[number];

/**
 * The course manager decided what becomes of an under-filled cohort (enrollment owns the decision
 * and has done its own part: a merge's trainees are already moved). Curriculum follows: extend
 * changes the cohort's windows, merge and cancel cancel it (폐강).
 */
export interface UnderFillDecidedV1 {
  cohortId: string;
  decision: UnderFillDecision;
  /** The course manager's note, or the default reason; curriculum records it with the change. */
  reason: string;
  /** extend: the new last day of applications. */
  applicationCloses?: string;
  /** extend: the new minimum-fill cut-off. */
  minimumFillCutoff?: string;
  /** merge: the cohort the trainees moved to. */
  targetCohortId?: string;
  /** merge: how many trainees moved. */
  moved?: number;
}

export const UnderFillDecidedV1 = defineEvent<UnderFillDecidedV1>({
  type: 'enrollment.under_fill.decided',
  version: 1,
  // With the cohort's seat and fill events, in order, keyed by the cohort.
  topic: 'enrollment.seat',
  keyOf: (p) => p.cohortId,
  fields: {
    cohortId: { kind: 'uuid' },
    decision: { kind: 'enum', values: UNDER_FILL_DECISIONS },
    reason: { kind: 'string' },
    applicationCloses: { kind: 'date', optional: true },
    minimumFillCutoff: { kind: 'date', optional: true },
    targetCohortId: { kind: 'uuid', optional: true },
    moved: { kind: 'int', min: 0, optional: true },
  },
});
