import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiPropertyOptions } from '@nestjs/swagger';

const SCORES: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { type: 'integer' },
  nullable: true,
  description: 'consolidated score per competency code, in hundredths; null until the round is consolidated',
  example: { policy_management: 350 },
} as ApiPropertyOptions;

/** A competency or technique of an assessment model. */
export class AssessmentModelItemView {
  @ApiProperty({ example: 'policy_management' })
  code: string;

  @ApiProperty({ example: '정책관리' })
  ko: string;

  @ApiProperty({ example: 'Policy management' })
  en: string;
}

/** A competency model of section 4-3 of the source: its competencies × techniques. */
export class AssessmentModelView {
  @ApiProperty({ example: 4 })
  grade: number;

  @ApiProperty({ example: '4급' })
  labelKo: string;

  @ApiProperty({ type: [AssessmentModelItemView] })
  competencies: AssessmentModelItemView[];

  @ApiProperty({ type: [AssessmentModelItemView] })
  techniques: AssessmentModelItemView[];

  @ApiProperty({ description: 'how the source prints the model', example: '4급(6개 역량, 3개 기법)' })
  headerPrinted: string;

  @ApiProperty()
  roundsPerYear: number;

  @ApiProperty()
  candidatesPerYear: number;
}

/** 역량평가 회차, with the model it was run with. */
export class AssessmentRoundView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ enum: [4, 5] })
  targetGrade: number;

  @ApiProperty({ example: 2027 })
  year: number;

  @ApiProperty({ example: 1 })
  roundNo: number;

  @ApiProperty({ format: 'date' })
  heldOn: string;

  @ApiProperty({ type: [AssessmentModelItemView] })
  competencies: AssessmentModelItemView[];

  @ApiProperty({ type: [AssessmentModelItemView] })
  techniques: AssessmentModelItemView[];

  @ApiProperty({ description: 'least overall score to pass, in hundredths (250 = 2.50 of 5)', example: 250 })
  passThreshold: number;

  @ApiProperty({ description: 'sittings allowed per official for this grade', example: 3 })
  maxAttempts: number;

  @ApiProperty({ example: 2 })
  assessorsPerTechnique: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the preparatory course cohort from curriculum' })
  prepCohortId: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when assessors were assigned' })
  assignedAt: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'when the results were consolidated' })
  completedOn: string | null;
}

/** A round in the officer's list, with its candidates and passes counted. */
export class AssessmentRoundSummaryView extends AssessmentRoundView {
  @ApiProperty()
  candidates: number;

  @ApiProperty()
  passed: number;
}

/** 승진후보자: an official sitting one round, and their consolidated result. */
export class AssessmentCandidateView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ format: 'uuid' })
  roundId: string;

  @ApiProperty({ example: 'S2019-00417', description: '공무원 번호' })
  employeeNo: string;

  @ApiProperty({ example: '정교육생' })
  nameKo: string;

  @ApiProperty({ example: 'MAPO-GU' })
  agencyCode: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'their sign-in, so they can read their feedback report' })
  userId: string | null;

  @ApiProperty({ description: 'which sitting for this grade this is (1 = first)' })
  attempt: number;

  @ApiProperty(SCORES)
  scores: Record<string, number> | null;

  @ApiProperty({ type: Number, nullable: true, description: 'overall score in hundredths' })
  overall: number | null;

  @ApiProperty({ type: Boolean, nullable: true })
  passed: boolean | null;
}

/** A candidate of a round with the ratings given so far. */
export class AssessmentCandidateProgressView extends AssessmentCandidateView {
  @ApiPropertyOptional({ format: 'uuid', description: 'the id again; present once assessors are assigned' })
  candidateId?: string;

  @ApiProperty({ description: 'ratings expected from the assigned assessors' })
  expected: number;

  @ApiProperty({ description: 'ratings given' })
  rated: number;
}

/** A round with its candidates and how far their rating has got. */
export class AssessmentRoundDetailView extends AssessmentRoundView {
  @ApiProperty({ type: [AssessmentCandidateProgressView] })
  candidates: AssessmentCandidateProgressView[];
}

/** 평가위원 배정: how many assignments, to how many assessors. */
export class AssessorAssignmentView {
  @ApiProperty()
  assignments: number;

  @ApiProperty()
  assessors: number;
}

/** 결과 통합: the round's candidates and how many passed. */
export class AssessmentConsolidationView {
  @ApiProperty()
  candidates: number;

  @ApiProperty()
  passed: number;
}

/** 평가위원. */
export class AssessorView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ format: 'uuid', description: 'their sign-in (role assessor)' })
  userId: string;

  @ApiProperty({ example: '한평가' })
  nameKo: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'their own agency: they never rate candidates of it',
    example: 'SEOUL-PLANNING',
  })
  agencyCode: string | null;

  @ApiProperty()
  active: boolean;
}

/** 이해충돌: the assessor is never assigned to that official. */
export class AssessorConflictView {
  @ApiProperty({ format: 'uuid' })
  assessorId: string;

  @ApiProperty({ example: 'S2019-00417' })
  employeeNo: string;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ example: '전 소속 부서장' })
  reason: string;
}

/** The round an assessor's task belongs to. */
export class AssessorTaskRoundView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: [4, 5] })
  targetGrade: number;

  @ApiProperty()
  year: number;

  @ApiProperty()
  roundNo: number;

  @ApiProperty({ format: 'date' })
  heldOn: string;

  @ApiProperty({ description: 'consolidated: ratings can no longer change' })
  completed: boolean;
}

/** A competency on the rating form, with the assessor's rating so far. */
export class RatedCompetencyView extends AssessmentModelItemView {
  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5 })
  score: number | null;

  @ApiProperty({ type: String, nullable: true })
  comment: string | null;
}

/** The assessor's work: one candidate (by code, not by name) in one technique. */
export class AssessorTaskView {
  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty({ example: 'C-1A2B3C', description: 'assessors see a code, not the name' })
  candidateCode: string;

  @ApiProperty({ type: AssessorTaskRoundView })
  round: AssessorTaskRoundView;

  @ApiProperty({ type: AssessmentModelItemView })
  technique: AssessmentModelItemView;

  @ApiProperty({ type: [RatedCompetencyView] })
  competencies: RatedCompetencyView[];
}

/** 평정: how many competencies were rated. */
export class RatingsRecordedView {
  @ApiProperty()
  rated: number;
}

/** The round a feedback report is about. */
export class FeedbackRoundView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: [4, 5] })
  targetGrade: number;

  @ApiProperty()
  year: number;

  @ApiProperty()
  roundNo: number;

  @ApiProperty({ format: 'date' })
  heldOn: string;
}

/** A competency's consolidated score in the report. */
export class FeedbackCompetencyView extends AssessmentModelItemView {
  @ApiProperty({ type: Number, nullable: true, description: 'in hundredths; null until consolidated' })
  score: number | null;
}

/** What an assessor wrote, without who wrote it. */
export class FeedbackCommentView {
  @ApiProperty()
  competency: string;

  @ApiProperty()
  technique: string;

  @ApiProperty()
  comment: string;
}

/** The preparatory course (역량평가 이해과정) cohort the report points to. */
export class PreparatoryCourseView {
  @ApiProperty({ format: 'uuid' })
  cohortId: string;

  @ApiProperty({ example: '역량평가 이해과정' })
  courseNameKo: string;

  @ApiProperty({ format: 'date' })
  startDate: string;

  @ApiProperty({ format: 'date' })
  endDate: string;

  @ApiProperty({ description: '폐강: the cohort was cancelled' })
  cancelled: boolean;
}

/** 피드백 보고서: a candidate's result per competency, what to keep and develop, and the preparatory course. */
export class FeedbackReportView {
  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty()
  nameKo: string;

  @ApiProperty({ type: FeedbackRoundView })
  round: FeedbackRoundView;

  @ApiProperty()
  attempt: number;

  @ApiProperty()
  attemptsLeft: number;

  @ApiProperty({ description: 'the round is consolidated' })
  completed: boolean;

  @ApiProperty({ type: Boolean, nullable: true })
  passed: boolean | null;

  @ApiProperty({ type: Number, nullable: true, description: 'in hundredths' })
  overall: number | null;

  @ApiProperty()
  passThreshold: number;

  @ApiProperty({ type: [FeedbackCompetencyView] })
  competencies: FeedbackCompetencyView[];

  @ApiProperty({ type: [String], description: 'competency codes to keep' })
  strengths: string[];

  @ApiProperty({ type: [String], description: 'competency codes to develop' })
  development: string[];

  @ApiProperty({ type: [FeedbackCommentView] })
  comments: FeedbackCommentView[];

  @ApiProperty({ type: PreparatoryCourseView, nullable: true })
  preparatoryCourse: PreparatoryCourseView | null;
}

/** Examination's replica of a curriculum cohort (for preparatory courses). */
export class PreparatoryCohortView {
  @ApiProperty({ format: 'uuid' })
  cohortId: string;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ example: 'ASSESSMENT-PREP' })
  courseCode: string;

  @ApiProperty({ example: '역량평가 이해과정' })
  courseNameKo: string;

  @ApiProperty({ format: 'date' })
  startDate: string;

  @ApiProperty({ format: 'date' })
  endDate: string;

  @ApiProperty()
  cancelled: boolean;
}
