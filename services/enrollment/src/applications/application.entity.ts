import type { Approver, CompletionStatus, EnrollmentEndReason, EnrollmentRoute, EnrollmentStatus } from '@baeum/api';
import type { ApprovalSteps } from '@baeum/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ACTIVE_STATUSES, SeatHolder } from '../seats/seat-holder';

/** pending: awaiting an approval; approved: awaiting the cohort's selection; then waitlisted or confirmed. */
export type ApplicationStatus = EnrollmentStatus;
export { ACTIVE_STATUSES };
export type ApprovalStep = Approver;
export type EndReason = EnrollmentEndReason;
export type { CompletionStatus };

/**
 * A trainee's application for a cohort (수강신청), or their agency's nomination (추천), from the
 * first step to completion. Stored with the host institute (the cohort's tenant); the trainee's
 * particulars are copied in, so the host never reads another tenant's trainee records.
 */
@Entity({ name: 'application' })
@Index('IDX_application_trainee', ['traineeId'])
@Index('IDX_application_cohort_status', ['cohortId', 'status'])
@Index('IDX_application_agency', ['traineeTenantId', 'agencyCode'])
@Index('UQ_application_active', ['cohortId', 'traineeId'], {
  unique: true,
  where: `"status" IN ('pending', 'approved', 'waitlisted', 'confirmed')`,
})
export class Application implements SeatHolder {
  @PrimaryColumn('uuid')
  id: string;

  /** The host institute: the cohort's tenant. */
  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'cohort_id' })
  cohortId: string;

  @Column('uuid', { name: 'trainee_id' })
  traineeId: string;

  /** The trainee's home institute, whose agency admin approves and sees the application. */
  @Column('uuid', { name: 'trainee_tenant_id' })
  traineeTenantId: string;

  @Column('text', { name: 'agency_code' })
  agencyCode: string;

  @Column('text', { name: 'trainee_name' })
  traineeName: string;

  @Column('text', { name: 'employee_no', nullable: true })
  employeeNo: string | null;

  @Column('text', { nullable: true })
  grade: string | null;

  @Column('text', { nullable: true })
  position: string | null;

  @Column('text', { name: 'job_series', nullable: true })
  jobSeries: string | null;

  @Column('text')
  via: EnrollmentRoute;

  /** The agency's order of preference among its nominees, 1 first; null after every ranked one. */
  @Column('int', { nullable: true })
  rank: number | null;

  @Column('uuid', { name: 'nominated_by', nullable: true })
  nominatedBy: string | null;

  @Column('text', { name: 'approval_required' })
  approvalRequired: ApprovalSteps;

  @Column('text', { nullable: true })
  awaiting: ApprovalStep | null;

  @Column('uuid', { name: 'agency_approved_by', nullable: true })
  agencyApprovedBy: string | null;

  @Column('timestamptz', { name: 'agency_approved_at', nullable: true })
  agencyApprovedAt: Date | null;

  @Column('uuid', { name: 'institute_approved_by', nullable: true })
  instituteApprovedBy: string | null;

  @Column('timestamptz', { name: 'institute_approved_at', nullable: true })
  instituteApprovedAt: Date | null;

  @Column('text')
  status: ApplicationStatus;

  @Column('timestamptz', { name: 'applied_at' })
  appliedAt: Date;

  @Column('timestamptz', { name: 'confirmed_at', nullable: true })
  confirmedAt: Date | null;

  @Column('timestamptz', { name: 'waitlisted_at', nullable: true })
  waitlistedAt: Date | null;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt: Date | null;

  @Column('text', { name: 'end_reason', nullable: true })
  endReason: EndReason | null;

  @Column('text', { name: 'end_note', nullable: true })
  endNote: string | null;

  /** Result of the course's assessment, where its completion rule requires one. */
  @Column('boolean', { name: 'assessment_passed', nullable: true })
  assessmentPassed: boolean | null;

  /** E-learning progress (진도율) in percent. */
  @Column('int', { name: 'progress_percent', nullable: true })
  progressPercent: number | null;

  @Column('text', { name: 'completion_status', nullable: true })
  completionStatus: CompletionStatus | null;

  @Column('int', { name: 'attendance_percent', nullable: true })
  attendancePercent: number | null;

  @Column('date', { name: 'completed_on', nullable: true })
  completedOn: string | null;

  @Index('UQ_application_certificate_no', { unique: true })
  @Column('text', { name: 'certificate_no', nullable: true })
  certificateNo: string | null;

  @Index('UQ_application_verification_code', { unique: true })
  @Column('text', { name: 'verification_code', nullable: true })
  verificationCode: string | null;

  /** A revoked certificate (수료증 취소): when, by whom and why; its public check says so. */
  @Column('timestamptz', { name: 'certificate_revoked_at', nullable: true })
  certificateRevokedAt: Date | null;

  @Column('uuid', { name: 'certificate_revoked_by', nullable: true })
  certificateRevokedBy: string | null;

  @Column('text', { name: 'certificate_revoke_reason', nullable: true })
  certificateRevokeReason: string | null;
}
