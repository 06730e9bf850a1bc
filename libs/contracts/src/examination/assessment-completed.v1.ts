import { defineEvent } from '../schema';

/** A round of competency assessments (역량평가) for promotion to grade 4 or 5 was consolidated. */
export interface AssessmentCompletedV1 {
  roundId: string;
  targetGrade: number;
  completedOn: string;
  candidates: number;
  passed: number;
}

export const AssessmentCompletedV1 = defineEvent<AssessmentCompletedV1>({
  type: 'examination.assessment.completed',
  version: 1,
  topic: 'examination.assessment',
  keyOf: (p) => p.roundId,
  fields: {
    roundId: { kind: 'uuid' },
    targetGrade: { kind: 'int', min: 4, max: 5 },
    completedOn: { kind: 'date' },
    candidates: { kind: 'int', min: 0 },
    passed: { kind: 'int', min: 0 },
  },
});
