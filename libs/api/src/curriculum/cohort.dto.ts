import { APPROVAL_STEPS, ApprovalSteps, DELIVERY_MODES, DeliveryMode } from '@baeum/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { COHORT_STATUSES, CohortStatus, CURRICULUM_PATTERNS, MAX_COHORT_COST } from './constants';

/** class-validator names the UUID rule `isUuid`; its code is named here. */
const ID = { code: 'VALIDATION.ID' };

const {
  date: DATE_PATTERN,
  time: TIME_PATTERN,
  budgetLineCode: BUDGET_LINE_PATTERN,
  agencyCode: AGENCY_CODE_PATTERN,
} = CURRICULUM_PATTERNS;

const date = (field: string) => ({ message: `${field} must be a date (YYYY-MM-DD) / 날짜(YYYY-MM-DD)를 입력하세요` });
const time = (field: string) => ({ message: `${field} must be a time of day (HH:MM) / 시각(HH:MM)을 입력하세요` });

/** Seats kept for one agency's trainees while applications are open. */
export class CohortAgencyQuotaDto {
  @ApiProperty({ example: 'MAPO-GU' })
  @Matches(AGENCY_CODE_PATTERN, { message: 'agencyCode must be an agency code / 기관 코드가 올바르지 않습니다' })
  agencyCode: string;

  @ApiProperty({ example: 5 })
  @IsInt({ message: 'seats must be a whole number / 배정 인원은 정수입니다' })
  @Min(0)
  @Max(2000)
  seats: number;
}

const pastReasonMessage = { message: 'pastReason must be 1–500 characters / 과거 기수 등록 사유를 1~500자로 입력하세요' };

/**
 * 기수 편성. The walking skeleton's six fields are required; everything else is optional and
 * defaults from the course and the tenant's settings.
 */
export class ScheduleCohortDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { context: ID, message: 'courseId must be a course id (UUID) / 과정을 선택하세요' })
  courseId: string;

  @ApiProperty({ example: '2027-03-02' })
  @Matches(DATE_PATTERN, date('startDate'))
  startDate: string;

  @ApiProperty({ example: '2027-03-06' })
  @Matches(DATE_PATTERN, date('endDate'))
  endDate: string;

  @ApiProperty({ minimum: 1, maximum: 2000 })
  @IsInt({ message: 'capacity must be a whole number / 정원은 정수입니다' })
  @Min(1, { message: 'capacity must be at least 1 / 정원은 1명 이상입니다' })
  @Max(2000, { message: 'capacity must be at most 2000 / 정원은 2,000명 이하입니다' })
  capacity: number;

  @ApiProperty({ description: 'Estimated cost in won (integer)', example: 12000000 })
  @IsInt({ message: 'estimatedCost must be a whole number of won / 예정 비용은 원 단위 정수입니다' })
  @Min(0)
  @Max(MAX_COHORT_COST)
  estimatedCost: number;

  @ApiPropertyOptional({ example: 'NEWCOMER', description: "Defaults to the course's budget line" })
  @IsOptional()
  @IsString()
  @Matches(BUDGET_LINE_PATTERN, { message: 'budgetLineCode must be an upper-case budget line code / 예산사업 코드가 올바르지 않습니다' })
  budgetLineCode?: string;

  @ApiPropertyOptional({ example: '10:00' })
  @IsOptional()
  @Matches(TIME_PATTERN, time('dailyStartTime'))
  dailyStartTime?: string;

  @ApiPropertyOptional({ example: '16:00' })
  @IsOptional()
  @Matches(TIME_PATTERN, time('dailyEndTime'))
  dailyEndTime?: string;

  @ApiPropertyOptional({ enum: DELIVERY_MODES, enumName: 'DeliveryMode', description: "Defaults to the course's" })
  @IsOptional()
  @IsIn(DELIVERY_MODES, { message: `deliveryMode must be one of ${DELIVERY_MODES.join(', ')} / 교육방식이 올바르지 않습니다` })
  deliveryMode?: DeliveryMode;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { context: ID, message: 'roomId must be a room id / 강의실을 선택하세요' })
  roomId?: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'instructorIds must not repeat / 같은 강사를 두 번 넣었습니다' })
  @IsUUID('4', { each: true, context: ID, message: 'instructorIds must be instructor ids / 강사를 선택하세요' })
  instructorIds?: string[];

  @ApiPropertyOptional({ example: '2027-02-02' })
  @IsOptional()
  @Matches(DATE_PATTERN, date('applicationOpens'))
  applicationOpens?: string;

  @ApiPropertyOptional({ example: '2027-02-23' })
  @IsOptional()
  @Matches(DATE_PATTERN, date('applicationCloses'))
  applicationCloses?: string;

  @ApiPropertyOptional({ example: '2027-02-27', description: 'Last day a trainee may cancel by themselves' })
  @IsOptional()
  @Matches(DATE_PATTERN, date('cancellationCloses'))
  cancellationCloses?: string;

  @ApiPropertyOptional({ example: 10 })
  @IsOptional()
  @IsInt({ message: 'minimumFill must be a whole number / 최소 인원은 정수입니다' })
  @Min(0)
  @Max(2000)
  minimumFill?: number;

  @ApiPropertyOptional({ example: '2027-02-23' })
  @IsOptional()
  @Matches(DATE_PATTERN, date('minimumFillCutoff'))
  minimumFillCutoff?: string;

  @ApiPropertyOptional({ enum: APPROVAL_STEPS, enumName: 'ApprovalSteps' })
  @IsOptional()
  @IsIn(APPROVAL_STEPS, { message: `approval must be one of ${APPROVAL_STEPS.join(', ')} / 승인 절차가 올바르지 않습니다` })
  approval?: ApprovalSteps;

  @ApiPropertyOptional({ type: [CohortAgencyQuotaDto] })
  @IsOptional()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => CohortAgencyQuotaDto)
  agencyQuotas?: CohortAgencyQuotaDto[];

  /**
   * A cohort whose training has wholly ended (recorded after the fact) is scheduled only with the
   * reason, which staff give after confirming; without it the answer is `COHORT.IN_THE_PAST`.
   */
  @ApiPropertyOptional({ example: '교육 종료 후 실적 입력 / recorded after the training' })
  @IsOptional()
  @IsString(pastReasonMessage)
  @Length(1, 500, pastReasonMessage)
  pastReason?: string;
}

const reason = { message: 'reason must be 1–500 characters / 사유를 1~500자로 입력하세요' };

/** Reschedule or edit: any field but the course, with the reason every change is announced with. */
export class ChangeCohortDto extends PartialType(OmitType(ScheduleCohortDto, ['courseId', 'pastReason'] as const)) {
  @ApiProperty({ example: '강사 일정 변경 / instructor unavailable' })
  @IsString(reason)
  @Length(1, 500, reason)
  reason: string;
}

export class CancelCohortDto {
  @ApiProperty({ example: '최소 인원 미달 / under-filled' })
  @IsString(reason)
  @Length(1, 500, reason)
  reason: string;
}

/** The calendar and the room and instructor schedules: cohorts overlapping a period. */
export class CohortListQuery {
  @ApiPropertyOptional({ example: '2027-03-01' })
  @IsOptional()
  @Matches(DATE_PATTERN, date('from'))
  from?: string;

  @ApiPropertyOptional({ example: '2027-03-31' })
  @IsOptional()
  @Matches(DATE_PATTERN, date('to'))
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { context: ID })
  courseId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { context: ID })
  roomId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { context: ID })
  instructorId?: string;

  @ApiPropertyOptional({ enum: COHORT_STATUSES, enumName: 'CohortStatus' })
  @IsOptional()
  @IsIn(COHORT_STATUSES)
  status?: CohortStatus;
}
