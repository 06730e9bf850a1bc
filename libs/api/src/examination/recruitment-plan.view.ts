import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsFiscalYear } from '../finance/validation';
import { EXAM_KINDS, ExamKind } from './vocabulary';

/** The year, and the kind of exam (career by default: the Seoul report plans its career recruitment per quarter). */
export class RecruitmentPlanQuery {
  @IsFiscalYear()
  fiscalYear: number;

  @ApiPropertyOptional({ enum: EXAM_KINDS, enumName: 'ExamKind', default: 'career' })
  @IsOptional()
  @IsIn(EXAM_KINDS, { message: 'kind: open 또는 career여야 합니다 / kind must be open or career' })
  kind?: ExamKind;
}

export class RecruitmentPlannedView {
  @ApiProperty({ type: [Number], description: 'Q1…Q4', example: [35, 20, 25, 20] })
  selections: number[];

  @ApiProperty({ type: [Number], description: 'Q1…Q4', example: [8, 6, 7, 6] })
  rounds: number[];
}

export class RecruitmentPlannedTotalView {
  @ApiProperty({ example: 100 })
  selections: number;

  @ApiProperty({ example: 27 })
  rounds: number;
}

export class RecruitmentHeldView {
  @ApiProperty({ type: [Number], description: 'Exams per quarter of their result day', example: [2, 0, 0, 0] })
  rounds: number[];

  @ApiProperty({ type: [Number], description: 'Selections those exams announced', example: [5, 0, 0, 0] })
  announced: number[];

  @ApiProperty({ type: [Number], description: 'Applicants who passed in the end', example: [4, 0, 0, 0] })
  selected: number[];
}

export class RecruitmentHeldTotalView {
  @ApiProperty({ example: 2 })
  rounds: number;

  @ApiProperty({ example: 5 })
  announced: number;

  @ApiProperty({ example: 4 })
  selected: number;
}

/** 선발계획 대비 실적: a year's recruitment plan per quarter against the exams held. */
export class RecruitmentPlanReportView {
  @ApiProperty({ example: 2022 })
  fiscalYear: number;

  @ApiProperty({ enum: EXAM_KINDS, enumName: 'ExamKind' })
  kind: ExamKind;

  @ApiProperty({ description: 'Whether the year has a plan for the kind' })
  hasPlan: boolean;

  @ApiProperty({ type: RecruitmentPlannedView })
  planned: RecruitmentPlannedView;

  @ApiProperty({ type: RecruitmentPlannedTotalView })
  plannedTotal: RecruitmentPlannedTotalView;

  @ApiProperty({ type: RecruitmentHeldView })
  held: RecruitmentHeldView;

  @ApiProperty({ type: RecruitmentHeldTotalView })
  heldTotal: RecruitmentHeldTotalView;
}
