import { APPROVAL_STEPS, ApprovalSteps, DELIVERY_MODES, DeliveryMode } from '@baeum/contracts';
import { ApiProperty, OmitType } from '@nestjs/swagger';
import { CoursePageCohortView, CoursePageView } from '../curriculum/course-page.view';
import {
  EDUCATION_TYPE_VALUES,
  EducationTypeValue,
  ENROLLMENT_COHORT_STATUSES,
  ENROLLMENT_STATUSES,
  EnrollmentCohortStatus,
  EnrollmentStatus,
  UNDER_FILL_DECISIONS,
  UnderFillDecision,
} from './enums';

/** The institute that hosts a cohort, for cohorts another institute may host. */
export class HostTenantView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '서울특별시 인재개발원' })
  nameKo: string;

  @ApiProperty({ example: 'Seoul Metropolitan Human Resources Development Center' })
  nameEn: string;
}

/** An instructor of a cohort, as curriculum announced them. */
export class EnrollmentInstructorView {
  @ApiProperty({ format: 'uuid' })
  instructorId: string;

  @ApiProperty({ example: '김강사' })
  name: string;
}

/** A cohort as enrollment shows it: its facts from curriculum and its seats from here. */
export class EnrollmentCohortView {
  @ApiProperty({ format: 'uuid' })
  cohortId: string;

  @ApiProperty({ format: 'uuid', description: 'The institute that runs the cohort' })
  hostTenantId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  courseId: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'NEWCOMER' })
  courseCode: string | null;

  @ApiProperty({ type: String, nullable: true, example: '신임자 교육과정' })
  courseNameKo: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Newcomer training' })
  courseNameEn: string | null;

  @ApiProperty({ type: Number, nullable: true, description: '기수 / cohort number' })
  cohortNo: number | null;

  @ApiProperty({ enum: EDUCATION_TYPE_VALUES, enumName: 'EducationType' })
  educationType: EducationTypeValue;

  @ApiProperty({ type: String, nullable: true, example: 'LEADERSHIP' })
  fieldCode: string | null;

  @ApiProperty({ enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  deliveryMode: DeliveryMode;

  @ApiProperty({ format: 'date', example: '2027-03-02' })
  startDate: string;

  @ApiProperty({ format: 'date', example: '2027-03-06' })
  endDate: string;

  @ApiProperty({ type: String, nullable: true, example: '09:00', description: 'HH:MM; null for e-learning (no hours)' })
  dailyStartTime: string | null;

  @ApiProperty({ type: String, nullable: true, example: '18:00' })
  dailyEndTime: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null: open until it closes' })
  applicationOpens: string | null;

  @ApiProperty({ format: 'date', description: 'The last day applications are taken' })
  applicationCloses: string;

  @ApiProperty({ format: 'date', description: 'The last day a trainee may give up a confirmed seat by themselves' })
  cancellationCloses: string;

  @ApiProperty({ enum: APPROVAL_STEPS, enumName: 'ApprovalSteps' })
  approval: ApprovalSteps;

  @ApiProperty({ description: '타 시도 공무원 수강 가능 / open to officials of other provinces' })
  openToOtherProvinces: boolean;

  @ApiProperty({ description: '최소 인원 / minimum fill (0: none)' })
  minimumFill: number;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  minimumFillCutoff: string | null;

  @ApiProperty({ example: 80 })
  completionMinAttendancePercent: number;

  @ApiProperty()
  completionRequiresAssessment: boolean;

  @ApiProperty({ type: [EnrollmentInstructorView] })
  instructors: EnrollmentInstructorView[];

  @ApiProperty({ enum: ENROLLMENT_COHORT_STATUSES, enumName: 'EnrollmentCohortStatus' })
  status: EnrollmentCohortStatus;

  @ApiProperty()
  capacity: number;

  @ApiProperty()
  confirmed: number;

  @ApiProperty()
  waitlisted: number;

  @ApiProperty({ description: 'Seats left: capacity − confirmed, never below 0' })
  free: number;

  @ApiProperty({ description: 'Seats were allocated after applications closed (selection)' })
  selectionDone: boolean;

  @ApiProperty({ description: 'Below its minimum at the cut-off and awaiting a decision' })
  underFilled: boolean;

  @ApiProperty({ enum: UNDER_FILL_DECISIONS, enumName: 'UnderFillDecision', nullable: true })
  underFillDecision: UnderFillDecision | null;
}

/** One agency's reserved seats in a cohort and how many of them are confirmed. */
export class AgencyQuotaFillView {
  @ApiProperty({ example: 'MAPO-GU' })
  agencyCode: string;

  @ApiProperty()
  seats: number;

  @ApiProperty()
  confirmed: number;
}

/** The caller's agency's quota in a catalog cohort. */
export class CatalogQuotaView {
  @ApiProperty()
  seats: number;

  @ApiProperty()
  confirmed: number;
}

/** The calling trainee's latest application for a catalog cohort. */
export class CatalogApplicationView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ENROLLMENT_STATUSES, enumName: 'EnrollmentStatus' })
  status: EnrollmentStatus;
}

/** A cohort of the catalog (교육과정 안내), with the caller's agency quota and own application. */
export class CatalogCohortView extends EnrollmentCohortView {
  @ApiProperty({ type: CatalogQuotaView, nullable: true })
  myAgencyQuota: CatalogQuotaView | null;

  @ApiProperty({ type: CatalogApplicationView, nullable: true, description: 'Trainees only' })
  myApplication: CatalogApplicationView | null;
}

/** A catalog cohort with the name of the institute that hosts it (the gateway's answer). */
export class HostedCatalogCohortView extends CatalogCohortView {
  @ApiProperty({ type: HostTenantView, nullable: true })
  hostTenant: HostTenantView | null;
}

/** An upcoming cohort on a course page: as curriculum schedules it and, while it takes applications, its catalog row. */
export class CatalogCoursePageCohortView extends CoursePageCohortView {
  @ApiProperty({
    type: HostedCatalogCohortView,
    nullable: true,
    description: "Its catalog row (seats left, the caller's agency quota, the trainee's application) while it takes applications",
  })
  catalog: HostedCatalogCohortView | null;
}

/** 과정 안내 (the gateway's answer): the course from curriculum, its host institute, and its cohorts with seats from enrollment. */
export class CatalogCoursePageView extends OmitType(CoursePageView, ['cohorts'] as const) {
  @ApiProperty({ type: HostTenantView, nullable: true })
  hostTenant: HostTenantView | null;

  @ApiProperty({ type: [CatalogCoursePageCohortView] })
  cohorts: CatalogCoursePageCohortView[];
}

/** A cohort with its agency quotas. */
export class CohortWithQuotasView extends EnrollmentCohortView {
  @ApiProperty({ type: [AgencyQuotaFillView] })
  quotas: AgencyQuotaFillView[];
}

/** A cohort with its quotas and the institute that hosts it (the gateway's answer). */
export class HostedCohortWithQuotasView extends CohortWithQuotasView {
  @ApiProperty({ type: HostTenantView, nullable: true })
  hostTenant: HostTenantView | null;
}

/** An agency's quota in one of its institute's open cohorts, and how much of it is used (기관별 배정 인원). */
export class AgencyQuotaStatusView {
  @ApiProperty({ type: EnrollmentCohortView })
  cohort: EnrollmentCohortView;

  @ApiProperty()
  seats: number;

  @ApiProperty()
  confirmed: number;

  @ApiProperty()
  waitlisted: number;

  @ApiProperty({ description: 'Awaiting an approval or the selection' })
  pending: number;
}

/** Seats of one cohort, for the gateway's cohort list. */
export class CohortSeatCountView {
  @ApiProperty({ format: 'uuid' })
  cohortId: string;

  @ApiProperty()
  capacity: number;

  @ApiProperty()
  confirmed: number;

  @ApiProperty()
  free: number;

  @ApiProperty()
  waitlisted: number;
}

/** What became of an under-filled cohort. */
export class UnderFillDecisionResultView {
  @ApiProperty({ format: 'uuid' })
  cohortId: string;

  @ApiProperty({ enum: UNDER_FILL_DECISIONS, enumName: 'UnderFillDecision' })
  decision: UnderFillDecision;

  @ApiProperty({ description: 'Trainees moved to the target cohort (merge)' })
  moved: number;
}
