import type { CohortStatus } from '@baeum/api';
import type { AgencyQuota, ApprovalSteps, DeliveryMode } from '@baeum/contracts';
import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Course } from '../courses/course.entity';
import { Instructor } from '../instructors/instructor.entity';
import { Room } from '../rooms/room.entity';

export type { CohortStatus };

/** 기수: one run of a course with its dates, hours, room, capacity and budget. */
@Entity({ name: 'cohort' })
@Index('IDX_cohort_tenant_start', ['tenantId', 'startDate'])
@Index('IDX_cohort_room_dates', ['roomId', 'startDate'])
export class Cohort {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'course_id' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_cohort_course' })
  course?: Course;

  /** 기수 번호 within its course. */
  @Column('int', { name: 'cohort_no' })
  cohortNo: number;

  /** Business dates (Asia/Seoul), YYYY-MM-DD. */
  @Column('date', { name: 'start_date' })
  startDate: string;

  @Column('date', { name: 'end_date' })
  endDate: string;

  /** Daily hours, HH:MM (Asia/Seoul). */
  @Column('text', { name: 'daily_start_time' })
  dailyStartTime: string;

  @Column('text', { name: 'daily_end_time' })
  dailyEndTime: string;

  @Column('text', { name: 'delivery_mode' })
  deliveryMode: DeliveryMode;

  @Column('int')
  capacity: number;

  @Column('uuid', { name: 'room_id', nullable: true })
  roomId: string | null;

  @ManyToOne(() => Room, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'FK_cohort_room' })
  room?: Room | null;

  @Column('bigint', { name: 'estimated_cost', transformer: wonTransformer })
  estimatedCost: bigint;

  @Column('text', { name: 'budget_line_code' })
  budgetLineCode: string;

  @Column('date', { name: 'application_opens' })
  applicationOpens: string;

  @Column('date', { name: 'application_closes' })
  applicationCloses: string;

  @Column('date', { name: 'cancellation_closes' })
  cancellationCloses: string;

  @Column('int', { name: 'minimum_fill' })
  minimumFill: number;

  @Column('date', { name: 'minimum_fill_cutoff' })
  minimumFillCutoff: string;

  @Column('text')
  approval: ApprovalSteps;

  @Column('jsonb', { name: 'agency_quotas' })
  agencyQuotas: AgencyQuota[];

  @Column('text', { default: 'scheduled' })
  status: CohortStatus;

  /** Why it was cancelled. */
  @Column('text', { name: 'status_reason', nullable: true })
  statusReason: string | null;

  /** Why a cohort that had already ended was scheduled after the fact (기록 목적의 과거 기수 등록). */
  @Column('text', { name: 'late_entry_reason', nullable: true })
  lateEntryReason: string | null;

  /** Fill as enrollment last reported it (enrollment.fill.changed). */
  @Column('int')
  confirmed: number;

  @Column('int')
  waitlisted: number;

  @Column('boolean', { name: 'under_filled' })
  underFilled: boolean;

  @Column('timestamptz', { name: 'fill_updated_at', nullable: true })
  fillUpdatedAt: Date | null;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}

/** Who teaches a cohort. */
@Entity({ name: 'cohort_instructor' })
@Index('IDX_cohort_instructor_instructor', ['instructorId'])
export class CohortInstructor {
  @PrimaryColumn('uuid', { name: 'cohort_id' })
  cohortId: string;

  @PrimaryColumn('uuid', { name: 'instructor_id' })
  instructorId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'FK_cohort_instructor_cohort' })
  cohort?: Cohort;

  @ManyToOne(() => Instructor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'instructor_id', foreignKeyConstraintName: 'FK_cohort_instructor_instructor' })
  instructor?: Instructor;
}
