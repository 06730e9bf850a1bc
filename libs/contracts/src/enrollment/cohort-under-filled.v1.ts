import { defineEvent } from '../schema';
import { COHORT_LABEL_FIELDS, CohortLabel } from './cohort-label';

/**
 * At its minimum-fill cut-off a cohort had fewer confirmed seats than its minimum (최소 인원 미달):
 * the institute's course managers must decide to extend applications, merge or cancel it
 * (`enrollment.under_fill.decided`). Published once per cut-off, when the check finds it short.
 */
export interface CohortUnderFilledV1 extends CohortLabel {
  cohortId: string;
  confirmed: number;
  minimumFill: number;
  checkedOn: string;
}

export const CohortUnderFilledV1 = defineEvent<CohortUnderFilledV1>({
  type: 'enrollment.cohort.under_filled',
  version: 1,
  // With the cohort's seat, fill and under-fill decision events, in order, keyed by the cohort.
  topic: 'enrollment.seat',
  keyOf: (p) => p.cohortId,
  fields: {
    cohortId: { kind: 'uuid' },
    confirmed: { kind: 'int', min: 0 },
    minimumFill: { kind: 'int', min: 0 },
    checkedOn: { kind: 'date' },
    ...COHORT_LABEL_FIELDS,
  },
});
