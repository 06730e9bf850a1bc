import { APPROVAL_STEPS, ApprovalSteps, DELIVERY_MODES, DeliveryMode } from '@baeum/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorBody } from '../common/error-body';
import { COHORT_STATUSES, CohortStatus } from './constants';

/** An instructor of a cohort, by name. */
export class CohortInstructorView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '박지호' })
  name: string;
}

/** Seats kept for one agency's trainees while applications are open. */
export class CohortAgencyQuotaView {
  @ApiProperty({ example: 'MAPO-GU' })
  agencyCode: string;

  @ApiProperty({ example: 5 })
  seats: number;

  @ApiProperty({
    description: 'False once the administrator deactivated the agency: the quota stays, marked, and cannot be given again or changed',
    example: true,
  })
  agencyActive: boolean;
}

/** A cohort (기수) as staff see it: the course, room and instructors by name, and the fill enrollment reports. */
export class CohortView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  courseId: string;

  @ApiProperty({ example: 'NEWCOMER' })
  courseCode: string;

  @ApiProperty({ example: '신임자 교육과정' })
  courseNameKo: string;

  @ApiProperty({ example: 'Newcomer training course' })
  courseNameEn: string;

  @ApiProperty({ description: '기수 번호 within its course', example: 1 })
  cohortNo: number;

  @ApiProperty({ format: 'date', example: '2027-03-02' })
  startDate: string;

  @ApiProperty({ format: 'date', example: '2027-03-06' })
  endDate: string;

  @ApiProperty({ example: '09:00' })
  dailyStartTime: string;

  @ApiProperty({ example: '18:00' })
  dailyEndTime: string;

  @ApiProperty({ enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  deliveryMode: DeliveryMode;

  @ApiProperty({ example: 30 })
  capacity: number;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  roomId: string | null;

  @ApiProperty({ type: String, nullable: true, example: '배움관 201호' })
  roomNameKo: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Baeum Hall 201' })
  roomNameEn: string | null;

  @ApiProperty({ type: [CohortInstructorView] })
  instructors: CohortInstructorView[];

  @ApiProperty({ type: String, description: 'Integer won as a string (bigint)', example: '12000000' })
  estimatedCost: string;

  @ApiProperty({ example: 'NEWCOMER' })
  budgetLineCode: string;

  @ApiProperty({ format: 'date', example: '2027-02-02' })
  applicationOpens: string;

  @ApiProperty({ format: 'date', example: '2027-02-23' })
  applicationCloses: string;

  @ApiProperty({ format: 'date', description: 'Last day a trainee may cancel by themselves', example: '2027-02-27' })
  cancellationCloses: string;

  @ApiProperty({ example: 0 })
  minimumFill: number;

  @ApiProperty({ format: 'date', example: '2027-02-23' })
  minimumFillCutoff: string;

  @ApiProperty({ enum: APPROVAL_STEPS, enumName: 'ApprovalSteps' })
  approval: ApprovalSteps;

  @ApiProperty({ type: [CohortAgencyQuotaView] })
  agencyQuotas: CohortAgencyQuotaView[];

  @ApiProperty({ enum: COHORT_STATUSES, enumName: 'CohortStatus' })
  status: CohortStatus;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was cancelled' })
  statusReason: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why a cohort that had already ended was scheduled after the fact' })
  lateEntryReason: string | null;

  @ApiProperty({ description: 'Seats confirmed, as enrollment last reported them', example: 0 })
  confirmed: number;

  @ApiProperty({ description: 'Trainees waiting, as enrollment last reported them', example: 0 })
  waitlisted: number;

  @ApiProperty()
  underFilled: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  fillUpdatedAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** A cohort just scheduled or changed, and whether its capacity was lowered to the distancing limit. */
export class ScheduledCohortView extends CohortView {
  @ApiProperty({ description: 'The requested capacity was lowered to the distancing limit (half the room, under 100)' })
  limitedByDistancing: boolean;
}

/**
 * The gateway's view of a cohort: curriculum's facts, enrollment's free seats and finance's
 * committed amount. The last two are null until those services have processed the cohort's event
 * (or while they are unavailable).
 */
export class CohortPageView extends CohortView {
  @ApiProperty({ type: Number, nullable: true, description: 'Free seats, from enrollment', example: 30 })
  seatsFree: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Committed amount, integer won as a string (bigint), from finance',
    example: '12000000',
  })
  committedAmount: string | null;
}

/** The gateway's answer to scheduling or changing a cohort: the cohort, the distancing flag, seats and commitment. */
export class ScheduledCohortPageView extends ScheduledCohortView {
  @ApiProperty({ type: Number, nullable: true, description: 'Free seats, from enrollment (null right after scheduling)', example: null })
  seatsFree: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Committed amount, integer won as a string (bigint), from finance (null right after scheduling)',
    example: null,
  })
  committedAmount: string | null;
}

/** A scheduled cohort a booking collides with, on a room or an instructor. */
export class CohortBookingConflictView {
  @ApiProperty({ enum: ['room', 'instructor'] })
  resource: 'room' | 'instructor';

  @ApiProperty({ format: 'uuid' })
  resourceId: string;

  @ApiProperty({ example: '배움관 202호' })
  resourceName: string;

  @ApiProperty({ format: 'uuid' })
  cohortId: string;

  @ApiProperty({ example: 1 })
  cohortNo: number;

  @ApiProperty({ example: 'IT-EXCEL' })
  courseCode: string;

  @ApiProperty({ example: '업무에 바로 쓰는 엑셀' })
  courseNameKo: string;

  @ApiProperty({ example: 'Excel for work' })
  courseNameEn: string;

  @ApiProperty({ format: 'date' })
  startDate: string;

  @ApiProperty({ format: 'date' })
  endDate: string;

  @ApiProperty({ example: '10:00' })
  dailyStartTime: string;

  @ApiProperty({ example: '16:00' })
  dailyEndTime: string;
}

/** A 409 about a cohort; with `COHORT.ROOM_BOOKED` or `COHORT.INSTRUCTOR_BOOKED`, every cohort the booking collides with. */
export class CohortConflictErrorView extends ErrorBody {
  @ApiPropertyOptional({ type: [CohortBookingConflictView], description: 'With COHORT.ROOM_BOOKED and COHORT.INSTRUCTOR_BOOKED' })
  conflicts?: CohortBookingConflictView[];
}
