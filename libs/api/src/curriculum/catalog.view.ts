import { COURSE_STATUSES, CourseStatus, DELIVERY_MODES, DeliveryMode, PLAN_VERSION_KINDS, PlanVersionKind } from '@baeum/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { CATEGORY_KINDS, CategoryKind, EDUCATION_TYPES, EducationType, PLAN_VERSION_STATUSES, PlanVersionStatus } from './constants';
import { CohortView } from './cohort.view';

/** A node of the tenant's category tree: a competency field or one of its subfields. */
export class CategoryView {
  @ApiProperty({ example: 'job_competency' })
  code: string;

  @ApiProperty({ enum: CATEGORY_KINDS, enumName: 'CategoryKind' })
  kind: CategoryKind;

  @ApiProperty({ type: String, nullable: true, description: 'The field a subfield belongs to; null for fields', example: null })
  parentCode: string | null;

  @ApiProperty({ example: '직무역량' })
  nameKo: string;

  @ApiProperty({ example: 'Job competency' })
  nameEn: string;

  @ApiProperty({ example: 7 })
  sortOrder: number;
}

/** A course (과정) of one fiscal year's catalog. */
export class CourseView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 2022 })
  fiscalYear: number;

  @ApiProperty({ example: 'NEWCOMER' })
  code: string;

  @ApiProperty({ example: '신임자 교육과정' })
  nameKo: string;

  @ApiProperty({ example: 'Newcomer training course' })
  nameEn: string;

  @ApiProperty({ example: '신규 임용자가 공직 가치와 기본 실무를 익히는 과정', description: "과정 소개; '' when not written" })
  descriptionKo: string;

  @ApiProperty({ example: 'Public-service values and basic practice for new appointees', description: "'' when not written" })
  descriptionEn: string;

  @ApiProperty({ enum: EDUCATION_TYPES, enumName: 'EducationType' })
  educationType: EducationType;

  @ApiProperty({ example: 'basic_competency' })
  fieldCode: string;

  @ApiProperty({ type: String, nullable: true, example: 'new_appointment' })
  subfieldCode: string | null;

  @ApiProperty({ enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  deliveryMode: DeliveryMode;

  @ApiProperty({ example: 105 })
  hours: number;

  @ApiProperty({ type: [Number], description: 'Civil-service grades (1–9) it is for; empty means every grade', example: [9] })
  targetGrades: number[];

  @ApiProperty({ type: [String], description: 'Positions (직위) it is for; empty means every position', example: [] })
  targetPositions: string[];

  @ApiProperty()
  openToOtherProvinces: boolean;

  @ApiProperty({ enum: COURSE_STATUSES, enumName: 'CourseStatus', description: '계속, 신설, 개선, 통합·대체' })
  yearStatus: CourseStatus;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The earlier course a merged course replaces' })
  replacesCourseId: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'NEWCOMER' })
  budgetLineCode: string | null;

  @ApiProperty({ example: 80 })
  completionMinAttendancePercent: number;

  @ApiProperty()
  completionRequiresAssessment: boolean;

  @ApiProperty({ description: 'Made up by the Seoul data loader where the source gives only totals (생성)' })
  generated: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'Where the course and its figures come from in the source' })
  sourceNote: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** A course named briefly: the one a merged course replaces, or those that replace it. */
export class CourseBriefView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'NEWCOMER' })
  code: string;

  @ApiProperty({ example: '신임자 교육과정' })
  nameKo: string;

  @ApiProperty({ example: 'Newcomer training course' })
  nameEn: string;

  @ApiProperty({ example: 2021 })
  fiscalYear: number;
}

/** The course in one plan version: sessions and trainees per quarter. */
export class CoursePlanView {
  @ApiProperty({ format: 'uuid' })
  versionId: string;

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

  @ApiProperty({ type: [Number], example: [1, 1, 1, 0] })
  sessions: number[];

  @ApiProperty({ type: [Number], example: [30, 30, 30, 0] })
  trainees: number[];
}

/** A course with what it replaces and is replaced by, its plans and its cohorts. */
export class CourseDetailView extends CourseView {
  @ApiProperty({ type: CourseBriefView, nullable: true })
  replaces: CourseBriefView | null;

  @ApiProperty({ type: [CourseBriefView] })
  replacedBy: CourseBriefView[];

  @ApiProperty({ type: [CoursePlanView], description: 'The course in each plan version, oldest first' })
  plans: CoursePlanView[];

  @ApiProperty({ type: [CohortView] })
  cohorts: CohortView[];
}

/** The schema of `GET /courses/years`: the fiscal years that have a catalog, newest first. */
export const COURSE_YEARS_SCHEMA = { type: 'array', items: { type: 'integer' }, example: [2023, 2022, 2021] } as const;

/** What a carried-forward catalog holds: its year and how many courses it got. */
export class CatalogCarriedView {
  @ApiProperty({ example: 2026 })
  fiscalYear: number;

  @ApiProperty({ example: 390 })
  courses: number;
}
