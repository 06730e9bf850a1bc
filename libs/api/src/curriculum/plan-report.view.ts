import { PLAN_VERSION_KINDS, PlanVersionKind } from '@baeum/contracts';
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { EDUCATION_TYPES, EducationType, PLAN_VERSION_STATUSES, PlanVersionStatus } from './constants';
import { PlanCourseTraineesView } from './plan.view';

/**
 * The plan reports (교육훈련계획 총괄표 and the 1-3 tables) as JSON. Each carries notes: where the
 * source printed a figure that the report's arithmetic does not give, a note says so.
 */

/** A version as a report's column heading. */
export class PlanVersionHeaderView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 2022 })
  fiscalYear: number;

  @ApiProperty({ enum: PLAN_VERSION_KINDS, enumName: 'PlanVersionKind' })
  kind: PlanVersionKind;

  @ApiProperty({ example: 1 })
  versionNo: number;

  @ApiProperty({ enum: PLAN_VERSION_STATUSES, enumName: 'PlanVersionStatus' })
  status: PlanVersionStatus;

  @ApiProperty({ example: '2022년 계획(안)' })
  labelKo: string;

  @ApiProperty({ example: '2022 plan (draft)' })
  labelEn: string;
}

/** Courses, sessions and trainees of a part of a plan; sessions are null where courses run always (e-learning). */
export class PlanCellView {
  @ApiProperty({ example: 126 })
  courses: number;

  @ApiProperty({ type: Number, nullable: true, example: 410 })
  sessions: number | null;

  @ApiProperty({ example: 23543 })
  trainees: number;
}

/** A note under a report: where the source differs, or how a figure is counted. */
export class PlanNoteView {
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The discrepancy's number in source-discrepancies.md, when it is one",
    example: 'D5',
  })
  ref: string | null;

  @ApiProperty()
  ko: string;

  @ApiProperty()
  en: string;
}

/** A subfield's row of the summary table: one cell per version. */
export class PlanSummaryRowView {
  @ApiProperty({ type: String, nullable: true, description: 'The category code; null for courses in none (기타)', example: 'core_values' })
  code: string | null;

  @ApiProperty({ example: '핵심가치' })
  nameKo: string;

  @ApiProperty({ example: 'Core values' })
  nameEn: string;

  @ApiProperty({ type: [PlanCellView] })
  cells: PlanCellView[];
}

/** A field of the summary table, its cells and its subfields' rows. */
export class PlanSummaryGroupView extends PlanSummaryRowView {
  @ApiProperty({ type: [PlanSummaryRowView] })
  rows: PlanSummaryRowView[];
}

/** Sessions and trainees of a printed memo line in one version. */
export class PlanMemoFiguresView {
  @ApiProperty({ type: Number, nullable: true })
  sessions: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 33000 })
  trainees: number | null;
}

/** A figure printed in a table but outside its totals, per version (null where a version has none). */
@ApiExtraModels(PlanMemoFiguresView)
export class PlanSummaryMemoView {
  @ApiProperty({ example: 'u-지식여행' })
  labelKo: string;

  @ApiProperty({ example: 'u-Knowledge Journey' })
  labelEn: string;

  @ApiProperty({
    type: 'array',
    items: { nullable: true, allOf: [{ $ref: getSchemaPath(PlanMemoFiguresView) }] },
    description: 'One per version, null where the version has none',
  })
  values: (PlanMemoFiguresView | null)[];
}

/** General education or e-learning in the summary table. */
export class PlanSummarySectionView {
  @ApiProperty({ enum: EDUCATION_TYPES, enumName: 'EducationType' })
  educationType: EducationType;

  @ApiProperty({ example: '일반교육' })
  nameKo: string;

  @ApiProperty({ example: 'General education' })
  nameEn: string;

  @ApiProperty({ type: [PlanCellView] })
  subtotal: PlanCellView[];

  @ApiProperty({ type: [PlanSummaryGroupView] })
  groups: PlanSummaryGroupView[];

  @ApiProperty({ type: [PlanSummaryMemoView], description: 'Printed in the section but outside its totals' })
  memoLines: PlanSummaryMemoView[];
}

/** 교육훈련계획 분야별 총괄표: courses, sessions and trainees per category, versions side by side. */
export class PlanSummaryReportView {
  @ApiProperty({ type: [PlanVersionHeaderView] })
  versions: PlanVersionHeaderView[];

  @ApiProperty({ type: [PlanSummarySectionView] })
  sections: PlanSummarySectionView[];

  @ApiProperty({ type: [PlanCellView], description: 'One per version' })
  total: PlanCellView[];

  @ApiProperty({ type: [PlanSummaryMemoView] })
  footnotes: PlanSummaryMemoView[];

  @ApiProperty({ type: [PlanNoteView] })
  notes: PlanNoteView[];
}

/** Courses of a delivery mode, their trainees, and their share of all the version's courses. */
export class PlanModeCountView {
  @ApiProperty({ example: 66 })
  courses: number;

  @ApiProperty({ example: 5089 })
  trainees: number;

  @ApiProperty({ description: 'Percent of all the version’s courses, rounded half up', example: 17 })
  share: number;
}

/** 비대면: real-time remote and both kinds of blended, and each of them counted. */
export class PlanNonFaceToFaceCountView extends PlanModeCountView {
  @ApiProperty()
  remote: number;

  @ApiProperty()
  blendedCohort: number;

  @ApiProperty()
  blendedCourse: number;
}

export class PlanDeliveryModeRowView {
  @ApiProperty({ type: PlanVersionHeaderView })
  version: PlanVersionHeaderView;

  @ApiProperty({ type: PlanModeCountView })
  faceToFace: PlanModeCountView;

  @ApiProperty({ type: PlanNonFaceToFaceCountView })
  nonFaceToFace: PlanNonFaceToFaceCountView;

  @ApiProperty({ type: PlanModeCountView })
  eLearning: PlanModeCountView;

  @ApiProperty({ example: 390 })
  totalCourses: number;

  @ApiProperty({ description: 'Non-face-to-face share of general education courses, percent rounded half up', example: 48 })
  generalNonFaceToFaceShare: number;
}

/** 대면 / 비대면 / e-러닝 과정 비중, per version. */
export class PlanDeliveryModeReportView {
  @ApiProperty({ type: [PlanDeliveryModeRowView] })
  rows: PlanDeliveryModeRowView[];

  @ApiProperty({ type: [PlanNoteView] })
  notes: PlanNoteView[];
}

/** New, improved, merged and continued courses, and all of them. */
export class PlanRestructuringCountsView {
  @ApiProperty({ example: 86 })
  new: number;

  @ApiProperty({ example: 119 })
  improved: number;

  @ApiProperty({ example: 17 })
  merged: number;

  @ApiProperty({ description: 'In none of the three: carried on as it was (계속)' })
  continued: number;

  @ApiProperty()
  total: number;
}

export class PlanRestructuringRowView {
  @ApiProperty({ type: PlanVersionHeaderView })
  version: PlanVersionHeaderView;

  @ApiProperty({ type: PlanRestructuringCountsView })
  general: PlanRestructuringCountsView;

  @ApiProperty({ type: PlanRestructuringCountsView })
  eLearning: PlanRestructuringCountsView;

  @ApiProperty({ type: PlanRestructuringCountsView })
  total: PlanRestructuringCountsView;
}

/** 주요 개편내역, per version. */
export class PlanRestructuringReportView {
  @ApiProperty({ type: [PlanRestructuringRowView] })
  rows: PlanRestructuringRowView[];

  @ApiProperty({ type: [PlanNoteView] })
  notes: PlanNoteView[];
}

/** The change of all courses, of general education or of e-learning. */
export class PlanChangeRowView {
  @ApiProperty({ enum: ['total', 'general', 'e_learning'] })
  educationType: EducationType | 'total';

  @ApiProperty({ example: '전체' })
  nameKo: string;

  @ApiProperty({ example: 'Total' })
  nameEn: string;

  @ApiProperty({ type: PlanCourseTraineesView })
  base: PlanCourseTraineesView;

  @ApiProperty({ type: PlanCourseTraineesView })
  current: PlanCourseTraineesView;

  @ApiProperty({ type: PlanCourseTraineesView })
  change: PlanCourseTraineesView;

  @ApiProperty({
    type: PlanCourseTraineesView,
    nullable: true,
    description: "The change against the previous year's other version, for comparison",
  })
  changeAgainstOther: PlanCourseTraineesView | null;
}

/** 전년 대비 증감: against the previous year's original plan (the source's basis) or its latest change. */
export class PlanYearOnYearReportView {
  @ApiProperty({ type: PlanVersionHeaderView })
  version: PlanVersionHeaderView;

  @ApiProperty({ type: PlanVersionHeaderView })
  base: PlanVersionHeaderView;

  @ApiProperty({ type: PlanVersionHeaderView, nullable: true })
  other: PlanVersionHeaderView | null;

  @ApiProperty({ type: [PlanChangeRowView] })
  rows: PlanChangeRowView[];

  @ApiProperty({ type: [PlanNoteView] })
  notes: PlanNoteView[];
}

/** A budget line's courses, sessions and trainees per quarter; sessions are null for e-learning (상시). */
/** Cohorts held per quarter (not cancelled, by start) and the trainees enrollment confirmed in them. */
export class PlanQuarterHeldView {
  @ApiProperty({ type: [Number], example: [1, 0, 0, 0] })
  cohorts: number[];

  @ApiProperty({ type: [Number], example: [118, 0, 0, 0] })
  trainees: number[];

  @ApiProperty({ type: [Number], description: "The cohorts' estimated cost per quarter, integer won", example: [12000000, 0, 0, 0] })
  estimatedCost: number[];
}

/** A named programme of a row, with its own plan and what it held. */
export class PlanQuarterCourseView {
  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty({ example: 'RETIRE-FUTURE' })
  code: string;

  @ApiProperty({ example: '행복한 미래설계 과정' })
  nameKo: string;

  @ApiProperty({ example: 'Happy Future Design course' })
  nameEn: string;

  @ApiProperty({ type: [Number], nullable: true, example: [1, 2, 2, 1] })
  sessions: number[] | null;

  @ApiProperty({ type: [Number], example: [125, 276, 325, 100] })
  trainees: number[];

  @ApiProperty({ type: PlanQuarterHeldView })
  held: PlanQuarterHeldView;
}

export class PlanQuarterRowView {
  @ApiProperty({ type: String, nullable: true, example: 'NEWCOMER' })
  budgetLineCode: string | null;

  @ApiProperty({ enum: EDUCATION_TYPES, enumName: 'EducationType' })
  educationType: EducationType;

  @ApiProperty({ example: 3 })
  courses: number;

  @ApiProperty({ type: [Number], nullable: true, example: [1, 1, 1, 0] })
  sessions: number[] | null;

  @ApiProperty({ type: [Number], example: [30, 30, 30, 0] })
  trainees: number[];

  @ApiProperty({ type: PlanQuarterHeldView, description: "The row's courses' cohorts held in the plan's year" })
  held: PlanQuarterHeldView;

  @ApiProperty({
    type: [PlanQuarterCourseView],
    description: 'The courses one by one when the row carries several programmes the plan names (none generated)',
  })
  programmes: PlanQuarterCourseView[];
}

/** The plan per quarter (추진일정) by budget line, as the program sections print it. */
/** A plan the version keeps out of its totals, with its own quarters: 2-7's international courses for foreign officials. */
export class PlanQuarterApartView {
  @ApiProperty({ example: '외국공무원 대상 국제연수 운영 (별도 통계, 합계 제외)' })
  labelKo: string;

  @ApiProperty({ example: 'International training for foreign officials (counted separately, not in the totals)' })
  labelEn: string;

  @ApiProperty({ type: [Number], description: 'Q1…Q4', example: [1, 3, 3, 3] })
  sessions: number[];

  @ApiProperty({ type: [Number], description: 'Q1…Q4', example: [15, 45, 45, 39] })
  trainees: number[];

  @ApiProperty({
    type: [Number],
    nullable: true,
    description: 'The budget it plans to spend per quarter (Q1…Q4), integer won; null when the plan gives none',
    example: [105219000, 47650000, 47650000, 63948000],
  })
  budget: number[] | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'international_training',
    description: 'The course category its courses are under',
  })
  categoryCode: string | null;

  @ApiProperty({
    type: PlanQuarterHeldView,
    nullable: true,
    description: "Cohorts held of the category's courses in the plan's year, and their trainees; null when the catalog has no such course",
  })
  booked: PlanQuarterHeldView | null;
}

export class PlanQuarterReportView {
  @ApiProperty({ type: PlanVersionHeaderView })
  version: PlanVersionHeaderView;

  @ApiProperty({ type: [PlanQuarterRowView] })
  rows: PlanQuarterRowView[];

  @ApiProperty({ type: [PlanQuarterApartView], description: 'Plans kept out of the totals with quarters of their own (2-7)' })
  apart: PlanQuarterApartView[];

  @ApiProperty({ type: [PlanNoteView] })
  notes: PlanNoteView[];
}
