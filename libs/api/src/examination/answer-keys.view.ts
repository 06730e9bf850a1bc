import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const ANSWER_KEY_STATUSES = ['draft', 'provisional', 'final'] as const;
export type AnswerKeyStatus = (typeof ANSWER_KEY_STATUSES)[number];

/** One subject's key. */
export class AnswerKeySubjectView {
  @ApiProperty()
  name: string;

  @ApiProperty({ enum: [4, 5] })
  choices: number;

  @ApiProperty({ type: [Number], description: 'the provisional key (가답안): the correct choice of each question' })
  answers: number[];

  @ApiProperty({ type: [Number], description: "each question's points" })
  points: number[];

  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'number' } },
    nullable: true,
    description: 'the final key (최종정답): the correct choices of each question; null until published',
  })
  final: number[][] | null;
}

/** The decision on one question under objection. */
export class AnswerDecisionView {
  @ApiProperty()
  subject: string;

  @ApiProperty()
  question: number;

  @ApiProperty({ enum: ['accepted', 'rejected'] })
  outcome: 'accepted' | 'rejected';

  @ApiProperty({ type: [Number], description: 'the correct choices after the decision' })
  correct: number[];

  @ApiProperty()
  reason: string;

  @ApiProperty({ format: 'date-time' })
  decidedAt: string;
}

/** An exam's answer keys: the officer sees them from the draft; applicants once published. */
export class AnswerKeysView {
  @ApiProperty({ format: 'uuid' })
  examId: string;

  @ApiProperty({ enum: ANSWER_KEY_STATUSES, enumName: 'AnswerKeyStatus' })
  status: AnswerKeyStatus;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  objectionOpensAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  objectionClosesAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  provisionalAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finalAt: string | null;

  @ApiProperty({ type: [AnswerKeySubjectView] })
  subjects: AnswerKeySubjectView[];

  @ApiProperty({ type: [AnswerDecisionView], description: 'for applicants, only once the final keys are published' })
  decisions: AnswerDecisionView[];

  @ApiPropertyOptional({ description: "officer only: how many candidates' answer sheets are imported" })
  sheets?: number;
}

/** 답안 등록: the subjects of the answers file and how many candidates sat or were absent. */
export class AnswerImportView {
  @ApiProperty({ type: [String] })
  subjects: string[];

  @ApiProperty()
  sheets: number;

  @ApiProperty()
  absent: number;

  @ApiProperty({ description: 'whether scores were computed (the keys are published)' })
  scored: boolean;
}

/** 최종정답 공개: every candidate's scores computed again from the final keys. */
export class FinalKeysView {
  @ApiProperty({ format: 'date-time' })
  finalAt: string;

  @ApiProperty()
  scored: number;

  @ApiProperty()
  absent: number;

  @ApiProperty({ description: 'candidates whose written total changed from the provisional keys' })
  changed: number;
}

/** The applicant's own objection and, once the final keys are out, the decision on its question. */
export class ObjectionView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  subject: string;

  @ApiProperty()
  question: number;

  @ApiProperty({ description: 'the choice held right, 0 for "no correct answer"' })
  claim: number;

  @ApiProperty()
  reason: string;

  @ApiProperty({ format: 'date-time' })
  filedAt: string;

  @ApiProperty({ type: AnswerDecisionView, nullable: true })
  decision: AnswerDecisionView | null;
}

export class ObjectionClaimCountView {
  @ApiProperty({ description: '0 for "no correct answer"' })
  claim: number;

  @ApiProperty()
  count: number;
}

/** One objection as the officer sees it. */
export class OfficerObjectionView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  examNumber: string;

  @ApiProperty()
  claim: number;

  @ApiProperty()
  reason: string;

  @ApiProperty({ format: 'date-time' })
  filedAt: string;
}

/** 이의제기 현황: one question under objection, its claims counted, and its decision. */
export class ObjectionQuestionView {
  @ApiProperty()
  subject: string;

  @ApiProperty()
  question: number;

  @ApiProperty({ description: 'the provisional key of the question' })
  key: number;

  @ApiProperty()
  count: number;

  @ApiProperty({ type: [ObjectionClaimCountView] })
  claims: ObjectionClaimCountView[];

  @ApiProperty({ type: AnswerDecisionView, nullable: true })
  decision: AnswerDecisionView | null;

  @ApiProperty({ type: [OfficerObjectionView] })
  objections: OfficerObjectionView[];
}
