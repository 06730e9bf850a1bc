import { defineEvent } from '../schema';

/**
 * A trainee submitted a satisfaction survey (만족도 조사) after completing a cohort. Scores are
 * 1–5. Anonymous: no trainee id travels. Curriculum rates instructors from `instructorScores`.
 */
export interface SurveySubmittedV1 {
  responseId: string;
  cohortId: string;
  courseId: string;
  itemScores: { itemCode: string; score: number }[];
  instructorScores: { instructorId: string; score: number }[];
}

const score = { kind: 'int', min: 1, max: 5 } as const;

export const SurveySubmittedV1 = defineEvent<SurveySubmittedV1>({
  type: 'enrollment.survey.submitted',
  version: 1,
  topic: 'enrollment.survey',
  keyOf: (p) => p.cohortId,
  fields: {
    responseId: { kind: 'uuid' },
    cohortId: { kind: 'uuid' },
    courseId: { kind: 'uuid' },
    itemScores: { kind: 'list', items: { itemCode: { kind: 'string' }, score } },
    instructorScores: { kind: 'list', items: { instructorId: { kind: 'uuid' }, score } },
  },
});
