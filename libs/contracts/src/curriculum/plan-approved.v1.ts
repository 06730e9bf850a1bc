import { defineEvent } from '../schema';

export const PLAN_VERSION_KINDS = ['original', 'changed'] as const;
/** 당초 (original) and 변경 (changed) versions of a fiscal year's training plan. */
export type PlanVersionKind = (typeof PLAN_VERSION_KINDS)[number];

/** A version of the yearly training plan (교육훈련계획) was approved. */
export interface PlanApprovedV1 {
  planVersionId: string;
  fiscalYear: number;
  kind: PlanVersionKind;
  /** 1 for the original; 2, 3, … for successive changes. */
  versionNo: number;
  courses: number;
  /** Planned sessions (횟수) of general education; e-learning runs always (상시). */
  sessions: number;
  trainees: number;
  /** The same figures split by education type (일반교육, e-러닝), as the results table compares them. */
  byEducationType?: PlanFigures[];
}

export interface PlanFigures {
  educationType: 'general' | 'e_learning';
  courses: number;
  sessions: number;
  trainees: number;
}

export const PlanApprovedV1 = defineEvent<PlanApprovedV1>({
  type: 'curriculum.plan.approved',
  version: 1,
  topic: 'curriculum.plan',
  keyOf: (p) => p.planVersionId,
  fields: {
    planVersionId: { kind: 'uuid' },
    fiscalYear: { kind: 'int', min: 2000, max: 2100 },
    kind: { kind: 'enum', values: PLAN_VERSION_KINDS },
    versionNo: { kind: 'int', min: 1 },
    courses: { kind: 'int', min: 0 },
    sessions: { kind: 'int', min: 0 },
    trainees: { kind: 'int', min: 0 },
    byEducationType: {
      kind: 'list',
      optional: true,
      items: {
        educationType: { kind: 'enum', values: ['general', 'e_learning'] },
        courses: { kind: 'int', min: 0 },
        sessions: { kind: 'int', min: 0 },
        trainees: { kind: 'int', min: 0 },
      },
    },
  },
});
