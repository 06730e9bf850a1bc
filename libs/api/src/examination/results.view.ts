import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RESULT_STAGES, ResultStage, SITTING_STAGES, SittingStage, STAGE_RESULTS, StageResult } from './vocabulary';

/** One stage's result for the applicant: its publication instant, and the result once that has passed. */
export class StageResultView {
  @ApiProperty()
  published: boolean;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: "when the stage's results become visible; null while no date is set",
  })
  publishAt: string | null;

  @ApiPropertyOptional({ enum: STAGE_RESULTS, enumName: 'StageResult', nullable: true, description: 'only once published' })
  result?: StageResult | null;
}

/** The caller's own numbered application in an exam, as their result and their scores name it. */
class OwnExamFacts {
  @ApiProperty({ format: 'uuid' })
  examId: string;

  @ApiProperty()
  examTitleKo: string;

  @ApiProperty()
  examTitleEn: string;

  @ApiProperty({ example: '10100001' })
  examNumber: string;

  @ApiProperty({ example: '일반행정 9급' })
  positionLabelKo: string;
}

/** 합격자 조회: the caller's own result in an exam. */
export class ResultLookupView extends OwnExamFacts {
  @ApiProperty({ type: StageResultView })
  written: StageResultView;

  @ApiProperty({ type: StageResultView })
  final: StageResultView;
}

/** One subject's written score in a score disclosure, in points (two decimals at most). */
export class SubjectScoreView {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '국어',
    description: "the subject as the exam's announcement lists it; null when the announcement lists no such subject",
  })
  nameKo: string | null;

  @ApiProperty({ example: 85.5, description: '원점수: the score as marked, out of 100' })
  raw: number;

  @ApiProperty({
    example: 5,
    description: '가산점: the bonus points added (a percentage of the full marks, only where the subject reaches 40)',
  })
  bonus: number;

  @ApiProperty({ example: 90.5, description: 'the score with its bonus points' })
  withBonus: number;

  @ApiProperty({ description: '과락: below 40 points, which fails the candidate whatever the average' })
  belowMinimum: boolean;
}

/** 석차: where the applicant stands among the candidates of their position who sat the written exam. */
export class StandingView {
  @ApiProperty({ example: 15, description: 'rank by written score (ties share a rank)' })
  rank: number;

  @ApiProperty({ example: 320, description: 'the candidates of the position who sat the exam' })
  sat: number;
}

/**
 * 성적 공개: the caller's own written scores in an exam once its written results are published, with
 * their position's pass mark and their standing; until `disclosureEndsAt`.
 */
export class ScoreDisclosureView extends OwnExamFacts {
  @ApiProperty({ enum: STAGE_RESULTS, enumName: 'StageResult', description: 'the written result' })
  result: StageResult;

  @ApiProperty({ description: 'absent from the written exam: no scores and no standing' })
  absent: boolean;

  @ApiProperty({ type: [SubjectScoreView], description: 'empty when absent' })
  subjects: SubjectScoreView[];

  @ApiProperty({
    example: 10,
    description:
      "가산점: the bonus percent of each subject's full marks, the larger statutory one (veterans 5/10, rescuers 3/5) plus the licences' (at most 5)",
  })
  bonusPercent: number;

  @ApiProperty({ type: Number, nullable: true, example: 362, description: '총점: the sum of the scores with their bonus points' })
  total: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    example: 90.5,
    description: '평균: the total over the subjects, rounded down to two decimals',
  })
  average: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 82.25, description: "합격선: the position's written pass mark (an average)" })
  passMark: number | null;

  @ApiProperty({ type: StandingView, nullable: true, description: 'null when absent' })
  standing: StandingView | null;

  @ApiProperty({ example: 3, description: 'the candidates of the position who passed the written exam' })
  passed: number;

  @ApiProperty({ format: 'date-time', description: 'when the written results were published' })
  publishedAt: string;

  @ApiProperty({ format: 'date-time', description: 'the end of the disclosure period (a year after publication)' })
  disclosureEndsAt: string;
}

/** 합격자 발표: a stage's results become visible to applicants at `publishAt`. */
export class ResultPublicationView {
  @ApiProperty({ format: 'uuid' })
  examId: string;

  @ApiProperty({ enum: RESULT_STAGES, enumName: 'ResultStage' })
  stage: ResultStage;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ format: 'date-time' })
  publishAt: string;

  @ApiProperty()
  positions: number;

  @ApiProperty()
  passed: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when the results-published event left' })
  announcedAt: string | null;
}

/** 시험 시행: a sitting that took place, with its cost, as finance books it. */
export class ExamSittingView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ format: 'uuid', description: 'the exam or the assessment round held' })
  subjectId: string;

  @ApiProperty({ enum: SITTING_STAGES, enumName: 'SittingStage' })
  stage: SittingStage;

  @ApiProperty({ format: 'date' })
  heldOn: string;

  @ApiProperty()
  venues: number;

  @ApiProperty()
  candidates: number;

  @ApiProperty({ type: String, description: 'Integer won as a string (bigint)', example: '182000000' })
  cost: string;

  @ApiProperty({ example: 'RECRUITMENT-EXAMS' })
  budgetLineCode: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}
