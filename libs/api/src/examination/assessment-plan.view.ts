import { ApiProperty } from '@nestjs/swagger';
import { IsFiscalYear } from '../finance/validation';

/** The year of the competency assessment plan. */
export class AssessmentPlanQuery {
  @IsFiscalYear()
  fiscalYear: number;
}

/** A planned cell: rounds and candidates, or a note where the quarter plans none (과제개발). */
export class AssessmentPlanCellView {
  @ApiProperty({ type: Number, nullable: true, example: 3 })
  rounds: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 60 })
  candidates: number | null;

  @ApiProperty({ type: String, nullable: true, example: '(과제개발)' })
  noteKo: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'task development (과제개발)' })
  noteEn: string | null;
}

export class AssessmentCountView {
  @ApiProperty({ example: 6 })
  rounds: number;

  @ApiProperty({ example: 120 })
  candidates: number;
}

export class AssessmentQuartersView {
  @ApiProperty({ type: [Number], description: 'Q1…Q4', example: [0, 3, 0, 3] })
  rounds: number[];

  @ApiProperty({ type: [Number], description: 'Q1…Q4', example: [0, 58, 0, 61] })
  candidates: number[];
}

/** One grade's plan by quarter against the rounds held. */
export class AssessmentPlanGradeView {
  @ApiProperty({ example: 4 })
  grade: number;

  @ApiProperty({
    type: [AssessmentPlanCellView],
    nullable: true,
    description: 'Q1…Q4; null where the plan has no cell for the quarter',
  })
  planned: (AssessmentPlanCellView | null)[];

  @ApiProperty({
    type: [AssessmentPlanCellView],
    description: 'Cells the source prints without a recoverable quarter (two of grade 5 in 2022); they count in the year only',
  })
  unplaced: AssessmentPlanCellView[];

  @ApiProperty({ type: AssessmentCountView })
  plannedTotal: AssessmentCountView;

  @ApiProperty({ type: AssessmentQuartersView, description: 'Rounds held per quarter (by the day held) and their candidates' })
  held: AssessmentQuartersView;

  @ApiProperty({ type: AssessmentCountView })
  heldTotal: AssessmentCountView;
}

/** 역량평가 실시 운영계획: the year's assessments planned per grade and quarter against the rounds held. */
export class AssessmentPlanReportView {
  @ApiProperty({ example: 2022 })
  fiscalYear: number;

  @ApiProperty({ type: [AssessmentPlanGradeView] })
  grades: AssessmentPlanGradeView[];
}
