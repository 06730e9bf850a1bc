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

/** 합격자 조회: the caller's own result in an exam. */
export class ResultLookupView {
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

  @ApiProperty({ type: StageResultView })
  written: StageResultView;

  @ApiProperty({ type: StageResultView })
  final: StageResultView;
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
