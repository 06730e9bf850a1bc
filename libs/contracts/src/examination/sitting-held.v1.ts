import { defineEvent } from '../schema';

export const SITTING_STAGES = ['written', 'interview', 'assessment'] as const;

/** An exam sitting took place (시험 시행): finance books its cost against the budget line. */
export interface SittingHeldV1 {
  sittingId: string;
  examId: string;
  stage: (typeof SITTING_STAGES)[number];
  heldOn: string;
  venues: number;
  candidates: number;
  cost: string;
  budgetLineCode: string;
}

export const SittingHeldV1 = defineEvent<SittingHeldV1>({
  type: 'examination.sitting.held',
  version: 1,
  topic: 'examination.sitting',
  keyOf: (p) => p.sittingId,
  fields: {
    sittingId: { kind: 'uuid' },
    examId: { kind: 'uuid' },
    stage: { kind: 'enum', values: SITTING_STAGES },
    heldOn: { kind: 'date' },
    venues: { kind: 'int', min: 0 },
    candidates: { kind: 'int', min: 0 },
    cost: { kind: 'won', min: 0 },
    budgetLineCode: { kind: 'string' },
  },
});
