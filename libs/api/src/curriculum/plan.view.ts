import { COURSE_STATUSES, CourseStatus, DELIVERY_MODES, DeliveryMode, PLAN_VERSION_KINDS, PlanVersionKind } from '@baeum/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorBody } from '../common/error-body';
import { ERROR_CODES, ErrorCode } from '../error-codes';
import type { ErrorParams } from '../common/error-codes';
import { EDUCATION_TYPES, EducationType, PLAN_VERSION_STATUSES, PlanVersionStatus } from './constants';

/**
 * A figure printed with a plan but kept out of its totals: the source's parenthetical u-지식여행
 * (33,000) and the footnote on international training (10회 144명).
 */
export class PlanMemoLineView {
  @ApiProperty({ enum: ['parenthetical', 'footnote'] })
  kind: 'parenthetical' | 'footnote';

  @ApiProperty({
    enum: EDUCATION_TYPES,
    enumName: 'EducationType',
    nullable: true,
    description: 'The section it is printed in; null for footnotes of the whole table',
  })
  educationType: EducationType | null;

  @ApiProperty({ example: 'u-지식여행' })
  labelKo: string;

  @ApiProperty({ example: 'u-Knowledge Journey' })
  labelEn: string;

  @ApiProperty({ type: Number, nullable: true })
  sessions: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 33000 })
  trainees: number | null;
}

/** Courses and trainees, as a change against the previous year is printed. */
export class PlanCourseTraineesView {
  @ApiProperty({ example: 69 })
  courses: number;

  @ApiProperty({ example: 100185 })
  trainees: number;
}

/** Shares of all courses as printed, in percent. */
export class PrintedDeliverySharesView {
  @ApiProperty({ example: 17 })
  faceToFace: number;

  @ApiProperty({ example: 15 })
  nonFaceToFace: number;

  @ApiProperty({ example: 68 })
  eLearning: number;
}

/** A printed change against the previous year, and the plan it was computed against. */
export class PrintedPlanChangeView {
  @ApiProperty({ enum: PLAN_VERSION_KINDS, enumName: 'PlanVersionKind' })
  basis: PlanVersionKind;

  @ApiProperty({ type: PlanCourseTraineesView })
  total: PlanCourseTraineesView;

  @ApiProperty({ type: PlanCourseTraineesView })
  general: PlanCourseTraineesView;

  @ApiProperty({ type: PlanCourseTraineesView })
  eLearning: PlanCourseTraineesView;
}

/**
 * Figures a source document printed for a version, kept so that reports can show where their own
 * arithmetic differs from the print.
 */
export class PlanSourceFiguresView {
  @ApiProperty({ example: '서울특별시 인재개발원 2022 주요업무보고' })
  documentKo: string;

  @ApiPropertyOptional({ type: PrintedDeliverySharesView })
  deliveryShares?: PrintedDeliverySharesView;

  @ApiPropertyOptional({ description: 'Printed share of general courses run non-face-to-face, in percent' })
  generalNonFaceToFaceShare?: number;

  @ApiPropertyOptional({ type: PrintedPlanChangeView })
  change?: PrintedPlanChangeView;

  @ApiPropertyOptional({ type: [Number], description: 'Printed e-learning trainees per quarter' })
  eLearningQuarterTrainees?: number[];

  @ApiPropertyOptional({ description: 'Printed headline of planned trainees in thousands', example: 283 })
  headlineTraineesThousand?: number;
}

/** A version of a fiscal year's training plan (당초, 변경 1, 2, …) with its totals. */
export class PlanVersionView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 2022 })
  fiscalYear: number;

  @ApiProperty({ enum: PLAN_VERSION_KINDS, enumName: 'PlanVersionKind' })
  kind: PlanVersionKind;

  @ApiProperty({ description: '1 for the original; 2, 3, … for changes', example: 1 })
  versionNo: number;

  @ApiProperty({ enum: PLAN_VERSION_STATUSES, enumName: 'PlanVersionStatus' })
  status: PlanVersionStatus;

  @ApiProperty({ example: '2022년 계획(안)' })
  labelKo: string;

  @ApiProperty({ example: '2022 plan (draft)' })
  labelEn: string;

  @ApiProperty({ type: [PlanMemoLineView] })
  memoLines: PlanMemoLineView[];

  @ApiProperty({ type: PlanSourceFiguresView, nullable: true })
  sourceFigures: PlanSourceFiguresView | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The version whose lines this one started from' })
  basedOnId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  approvedBy: string | null;

  @ApiProperty({ example: 390 })
  courses: number;

  @ApiProperty({ description: 'General education sessions; e-learning has none', example: 410 })
  sessions: number;

  @ApiProperty({ example: 383773 })
  trainees: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  approvedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

/** One course of a version, with its catalog entry and its quarters. */
export class PlanVersionLineView {
  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty({ example: 'NEWCOMER' })
  code: string;

  @ApiProperty({ example: '신임자 교육과정' })
  nameKo: string;

  @ApiProperty({ example: 'Newcomer training course' })
  nameEn: string;

  @ApiProperty({ enum: EDUCATION_TYPES, enumName: 'EducationType' })
  educationType: EducationType;

  @ApiProperty({ example: 'basic_competency' })
  fieldCode: string;

  @ApiProperty({ type: String, nullable: true })
  subfieldCode: string | null;

  @ApiProperty({ enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  deliveryMode: DeliveryMode;

  @ApiProperty({ enum: COURSE_STATUSES, enumName: 'CourseStatus' })
  yearStatus: CourseStatus;

  @ApiProperty()
  generated: boolean;

  @ApiProperty({ type: [Number], example: [1, 1, 1, 0] })
  sessions: number[];

  @ApiProperty({ type: [Number], example: [30, 30, 30, 0] })
  trainees: number[];
}

/** A version with its lines. */
export class PlanVersionDetailView extends PlanVersionView {
  @ApiProperty({ type: [PlanVersionLineView] })
  lines: PlanVersionLineView[];
}

/** One course's quarters in a draft version, as stored. */
export class PlanLineView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ format: 'uuid' })
  planVersionId: string;

  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty({ type: [Number], example: [1, 2, 1, 0] })
  sessions: number[];

  @ApiProperty({ type: [Number], example: [30, 60, 30, 0] })
  trainees: number[];
}

/** What an import did: its rows became the version's lines, adding or updating the year's catalog. */
export class PlanImportResultView {
  @ApiProperty({ example: 2 })
  rows: number;

  @ApiProperty({ example: 2 })
  coursesCreated: number;

  @ApiProperty({ example: 0 })
  coursesUpdated: number;
}

/** One problem of one row of an imported plan, coded. */
export class PlanImportProblemView {
  @ApiProperty({ description: 'The line of the file (the header is line 1)', example: 3 })
  line: number;

  @ApiPropertyOptional({
    description: 'The column it concerns, by its key (code, nameKo, educationType, field, …, q1Sessions)',
    example: 'code',
  })
  field?: string;

  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', example: 'PLAN_IMPORT.DUPLICATE_CODE' })
  code: ErrorCode;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { code: 'IT-AI-2023', firstLine: 2 } })
  params?: ErrorParams;
}

/** A row of an imported plan that has problems: its line, its reasons as text, and each problem coded. */
export class PlanImportRowErrorView {
  @ApiProperty({ example: 3 })
  line: number;

  @ApiProperty({ type: [String], description: 'The reasons, "한국어 / English"' })
  messages: string[];

  @ApiProperty({ type: [PlanImportProblemView] })
  problems: PlanImportProblemView[];
}

/** 400 `PLAN_IMPORT.ROWS_INVALID`: every bad row, and nothing imported. */
export class PlanImportErrorView extends ErrorBody {
  @ApiProperty({ type: [PlanImportRowErrorView] })
  rows: PlanImportRowErrorView[];
}
