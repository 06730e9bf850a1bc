import type { FieldSpec } from '../schema';

/**
 * What names a cohort to a person (the course's names and the cohort's dates), carried by the
 * events that tell a trainee or a course manager something about it, so a mail or inbox item says
 * which training it is about without asking enrollment. Optional on the v1 seat and completion
 * events that came before it; a consumer falls back to a general wording when they are absent.
 */
export interface CohortLabel {
  courseNameKo?: string;
  courseNameEn?: string;
  startDate?: string;
  endDate?: string;
}

export const COHORT_LABEL_FIELDS = {
  courseNameKo: { kind: 'string', optional: true },
  courseNameEn: { kind: 'string', optional: true },
  startDate: { kind: 'date', optional: true },
  endDate: { kind: 'date', optional: true },
} as const satisfies Record<keyof CohortLabel, FieldSpec>;
