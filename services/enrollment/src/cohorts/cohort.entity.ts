import type { EducationTypeValue, EnrollmentCohortStatus, UnderFillDecision } from '@baeum/api';
import type { ApprovalSteps, CohortInstructor, DeliveryMode } from '@baeum/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type CohortStatus = EnrollmentCohortStatus;
export type EducationType = EducationTypeValue;

/**
 * Enrollment's replica of a curriculum cohort (from its events) with the seat counters kept here.
 * The table keeps its walking-skeleton name. What curriculum leaves out gets its default when the
 * snapshot is applied (`replicaFields`). Counters change only under this row's lock.
 */
@Entity({ name: 'cohort_seats' })
@Index('IDX_cohort_seats_tenant', ['tenantId'])
export class Cohort {
  @PrimaryColumn('uuid', { name: 'cohort_id' })
  cohortId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'course_id', nullable: true })
  courseId: string | null;

  @Column('text', { name: 'course_code', nullable: true })
  courseCode: string | null;

  @Column('text', { name: 'course_name_ko', nullable: true })
  courseNameKo: string | null;

  @Column('text', { name: 'course_name_en', nullable: true })
  courseNameEn: string | null;

  @Column('int', { name: 'cohort_no', nullable: true })
  cohortNo: number | null;

  @Column('text', { name: 'education_type', default: 'general' })
  educationType: EducationType;

  @Column('text', { name: 'field_code', nullable: true })
  fieldCode: string | null;

  @Column('text', { name: 'subfield_code', nullable: true })
  subfieldCode: string | null;

  @Column('text', { name: 'delivery_mode', default: 'face_to_face' })
  deliveryMode: DeliveryMode;

  @Column('date', { name: 'start_date' })
  startDate: string;

  @Column('date', { name: 'end_date' })
  endDate: string;

  /** HH:MM in Asia/Seoul; null means a full day (09:00–18:00). */
  @Column('text', { name: 'daily_start_time', nullable: true })
  dailyStartTime: string | null;

  @Column('text', { name: 'daily_end_time', nullable: true })
  dailyEndTime: string | null;

  /** Where it is held (교육장소), as curriculum names the room; null when it names none, or before it was kept. */
  @Column('text', { name: 'room_name', nullable: true })
  roomName: string | null;

  @Column('date', { name: 'application_opens', nullable: true })
  applicationOpens: string | null;

  /** Last day applications are taken (default: the day before training starts; e-learning: its last day). */
  @Column('date', { name: 'application_closes' })
  applicationCloses: string;

  /** Last day a trainee may give up a confirmed seat by themselves (same default). */
  @Column('date', { name: 'cancellation_closes' })
  cancellationCloses: string;

  @Column('int', { name: 'minimum_fill', default: 0 })
  minimumFill: number;

  @Column('date', { name: 'minimum_fill_cutoff', nullable: true })
  minimumFillCutoff: string | null;

  @Column('text', { default: 'none' })
  approval: ApprovalSteps;

  @Column('boolean', { name: 'open_to_other_provinces', default: false })
  openToOtherProvinces: boolean;

  @Column('int', { name: 'completion_min_attendance_percent', default: 80 })
  completionMinAttendancePercent: number;

  @Column('boolean', { name: 'completion_requires_assessment', default: false })
  completionRequiresAssessment: boolean;

  @Column('jsonb', { default: () => `'[]'` })
  instructors: CohortInstructor[];

  /** The course's total hours (교육시간) as curriculum gives them; certificates print them. */
  @Column('int', { nullable: true })
  hours: number | null;

  @Column('text', { default: 'scheduled' })
  status: CohortStatus;

  @Column('int')
  capacity: number;

  @Column('int', { default: 0 })
  confirmed: number;

  @Column('int', { default: 0 })
  waitlisted: number;

  /** Seats reserved by agency quotas (their sum), and confirmed seats of agencies without a quota. */
  @Column('int', { name: 'reserved_seats', default: 0 })
  reservedSeats: number;

  @Column('int', { name: 'unreserved_confirmed', default: 0 })
  unreservedConfirmed: number;

  /** Seats were allocated after the applications closed (selection, or the quotas' release). */
  @Column('boolean', { name: 'selection_done', default: false })
  selectionDone: boolean;

  /** Below its minimum fill at the cut-off; its course manager must choose what to do. */
  @Column('boolean', { name: 'under_filled', default: false })
  underFilled: boolean;

  @Column('date', { name: 'under_fill_checked_on', nullable: true })
  underFillCheckedOn: string | null;

  @Column('text', { name: 'under_fill_decision', nullable: true })
  underFillDecision: UnderFillDecision | null;

  /** Bumped with every change of the fill; the fill publisher announces versions not yet published. */
  @Column('int', { name: 'fill_version', default: 0 })
  fillVersion: number;

  @Column('int', { name: 'fill_published_version', default: 0 })
  fillPublishedVersion: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
