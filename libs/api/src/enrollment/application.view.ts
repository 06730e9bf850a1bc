import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErrorParams } from '../common/error-codes';
import { ERROR_CODES, ErrorCode } from '../error-codes';
import { AgencyQuotaFillView, EnrollmentCohortView, HostTenantView } from './cohort.view';
import {
  AGENCY_KINDS,
  AgencyKind,
  APPROVERS,
  Approver,
  COMPLETION_STATUSES,
  CompletionStatus,
  ENROLLMENT_END_REASONS,
  ENROLLMENT_ROUTES,
  ENROLLMENT_STATUSES,
  EnrollmentEndReason,
  EnrollmentRoute,
  EnrollmentStatus,
} from './enums';

/** An application (수강신청) or nomination (추천) as its trainee, their agency and the host institute see it. */
export class EnrollmentApplicationView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  cohortId: string;

  @ApiProperty({ format: 'uuid', description: 'The institute that runs the cohort' })
  hostTenantId: string;

  @ApiProperty({ format: 'uuid' })
  traineeId: string;

  @ApiProperty({ format: 'uuid', description: "The trainee's home institute" })
  traineeTenantId: string;

  @ApiProperty({ example: '김서울' })
  traineeName: string;

  @ApiProperty({ example: 'MAPO-GU' })
  agencyCode: string;

  @ApiProperty({ type: String, nullable: true })
  employeeNo: string | null;

  @ApiProperty({ type: String, nullable: true, example: '7급' })
  grade: string | null;

  @ApiProperty({ type: String, nullable: true, example: '주무관' })
  position: string | null;

  @ApiProperty({ type: String, nullable: true, example: '행정' })
  jobSeries: string | null;

  @ApiProperty({ enum: ENROLLMENT_ROUTES, enumName: 'EnrollmentRoute' })
  via: EnrollmentRoute;

  @ApiProperty({ type: Number, nullable: true, description: "The agency's rank, 1 first; null after every ranked one" })
  rank: number | null;

  @ApiProperty({ enum: ENROLLMENT_STATUSES, enumName: 'EnrollmentStatus' })
  status: EnrollmentStatus;

  @ApiProperty({ enum: APPROVERS, enumName: 'Approver', nullable: true, description: 'Whose approval it awaits' })
  awaiting: Approver | null;

  @ApiProperty({ type: String, format: 'date-time' })
  appliedAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  confirmedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  waitlistedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endedAt: Date | null;

  @ApiProperty({ enum: ENROLLMENT_END_REASONS, enumName: 'EnrollmentEndReason', nullable: true })
  endReason: EnrollmentEndReason | null;

  @ApiProperty({ type: Boolean, nullable: true, description: "The course's assessment, where its completion rule requires one" })
  assessmentPassed: boolean | null;

  @ApiProperty({ type: Number, nullable: true, description: 'E-learning progress (진도율) in percent' })
  progressPercent: number | null;

  @ApiProperty({ enum: COMPLETION_STATUSES, enumName: 'CompletionStatus', nullable: true })
  completionStatus: CompletionStatus | null;

  @ApiProperty({ type: Number, nullable: true })
  attendancePercent: number | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  completedOn: string | null;

  @ApiProperty({ type: String, nullable: true, example: '2027-000042' })
  certificateNo: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When staff revoked the certificate (수료증 취소)' })
  certificateRevokedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why the certificate was revoked' })
  certificateRevokeReason: string | null;
}

/** An application with its cohort (present whenever enrollment knows the cohort). */
export class ApplicationWithCohortView extends EnrollmentApplicationView {
  @ApiPropertyOptional({ type: EnrollmentCohortView })
  cohort?: EnrollmentCohortView;
}

/** An application with its cohort and the institute that hosts it (the gateway's answer). */
export class HostedApplicationView extends ApplicationWithCohortView {
  @ApiProperty({ type: HostTenantView, nullable: true })
  hostTenant: HostTenantView | null;
}

/** One of the calling trainee's applications (나의 교육). */
export class MyApplicationView extends EnrollmentApplicationView {
  @ApiProperty({ type: Number, nullable: true, description: 'Place on the waitlist, 1 first; null unless waitlisted' })
  waitlistPosition: number | null;

  @ApiProperty({ description: 'Completed, and the satisfaction survey not yet answered' })
  surveyDue: boolean;

  @ApiProperty({ description: 'The trainee may still cancel it themselves' })
  canCancel: boolean;

  @ApiProperty({ type: EnrollmentCohortView })
  cohort: EnrollmentCohortView;
}

/** One of the calling trainee's applications, with the institute that hosts its cohort (the gateway's answer). */
export class HostedMyApplicationView extends MyApplicationView {
  @ApiProperty({ type: HostTenantView, nullable: true })
  hostTenant: HostTenantView | null;
}

/** An application on a cohort's roster. */
export class RosterApplicationView extends EnrollmentApplicationView {
  @ApiProperty({ description: 'The institute may still withdraw it' })
  canCancel: boolean;
}

/** 명단: every application of a cohort, in seat order, with the cohort and its quotas. */
export class CohortRosterView {
  @ApiProperty({ type: EnrollmentCohortView })
  cohort: EnrollmentCohortView;

  @ApiProperty({ type: [AgencyQuotaFillView] })
  quotas: AgencyQuotaFillView[];

  @ApiProperty({ type: [RosterApplicationView] })
  applications: RosterApplicationView[];
}

/** Why one nominee was not nominated: the error the nomination alone would have answered. */
export class NomineeErrorView {
  @ApiProperty({ example: 409 })
  statusCode: number;

  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', example: 'APPLICATION.WINDOW_CLOSED' })
  code: ErrorCode;

  @ApiProperty({ description: 'For people reading the API by hand' })
  message: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: "The code's parameters (data: names, dates, limits)" })
  params?: ErrorParams;
}

/** One nominee's outcome: an application, or the error that refused it. */
export class NomineeResultView {
  @ApiProperty({ format: 'uuid' })
  traineeId: string;

  @ApiProperty()
  rank: number;

  @ApiPropertyOptional({ format: 'uuid' })
  applicationId?: string;

  @ApiPropertyOptional({ enum: ENROLLMENT_STATUSES, enumName: 'EnrollmentStatus' })
  status?: EnrollmentStatus;

  @ApiPropertyOptional({ type: NomineeErrorView })
  error?: NomineeErrorView;
}

/** 교육생 추천: each nominee in rank order, each nominated or refused on its own. */
export class NominationResultsView {
  @ApiProperty({ format: 'uuid' })
  cohortId: string;

  @ApiProperty({ type: [NomineeResultView] })
  results: NomineeResultView[];
}

/** An agency (기관) of the institute, whose staff it trains. */
export class AgencyView {
  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ example: 'MAPO-GU' })
  code: string;

  @ApiProperty({ example: '마포구청' })
  nameKo: string;

  @ApiProperty({ example: 'Mapo-gu Office' })
  nameEn: string;

  @ApiProperty({ enum: AGENCY_KINDS, enumName: 'AgencyKind' })
  kind: AgencyKind;

  @ApiProperty({ description: 'An inactive (deactivated) agency takes no applications and no quotas' })
  active: boolean;
}
