import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** 수강신청: a trainee applies for a cohort. */
export class ApplyDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { context: { code: 'VALIDATION.ID' }, message: '기수를 선택하세요 / cohortId must be a cohort id (UUID)' })
  cohortId: string;
}

export class NomineeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { context: { code: 'VALIDATION.ID' }, message: '교육생을 선택하세요 / traineeId must be a trainee id (UUID)' })
  traineeId: string;

  @ApiProperty({ minimum: 1, maximum: 999, description: '기관 내 추천 순위 / the agency’s rank, 1 first' })
  @IsInt({ message: '순위는 정수로 입력하세요 / rank must be a whole number' })
  @Min(1)
  @Max(999)
  rank: number;
}

/** 교육생 추천: an agency's nominees for a cohort, each with a rank. */
export class NominateDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { context: { code: 'VALIDATION.ID' }, message: '기수를 선택하세요 / cohortId must be a cohort id (UUID)' })
  cohortId: string;

  @ApiProperty({ type: [NomineeDto] })
  @ArrayMinSize(1, { message: '추천할 교육생을 1명 이상 지정하세요 / nominees must name at least one trainee' })
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => NomineeDto)
  nominees: NomineeDto[];
}

/** An approval step's decision on a pending application. */
export class ApprovalDecisionDto {
  @ApiProperty({ description: 'true: approve; false: reject' })
  @IsBoolean({ message: '승인 여부는 예 또는 아니오입니다 / approve must be true or false' })
  approve: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 999 })
  @IsOptional()
  @IsInt({ message: '순위는 정수로 입력하세요 / rank must be a whole number' })
  @Min(1)
  @Max(999)
  rank?: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/**
 * 교육생 직접 추가: a course manager adds a trainee of the institute to a cohort (a walk-in, a late
 * nomination by phone); the trainee is confirmed if the cohort has a seat for them.
 */
export class AddCohortTraineeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { context: { code: 'VALIDATION.ID' }, message: '교육생을 선택하세요 / traineeId must be a trainee id (UUID)' })
  traineeId: string;

  @ApiPropertyOptional({ maxLength: 300, description: '추가 사유 (예: 전화 추천) / why, for the audit log (e.g. nominated by phone)' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  reason?: string;
}

export class CancelApplicationDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/** E-learning progress (진도율) from the LMS. */
export class LearningProgressDto {
  @ApiProperty({ minimum: 0, maximum: 100, description: '진도율 / progress in percent' })
  @IsInt({ message: '진도율은 정수로 입력하세요 / percent must be a whole number' })
  @Min(0)
  @Max(100)
  percent: number;
}

/** The result of the course's assessment, where its completion rule requires one. */
export class CourseAssessmentDto {
  @ApiProperty()
  @IsBoolean({ message: '평가 통과 여부는 예 또는 아니오입니다 / passed must be true or false' })
  passed: boolean;
}

/** Why staff revoke a certificate (수료증 취소): required, shown on its public check. */
export class RevokeCertificateDto {
  @ApiProperty({ minLength: 1, maxLength: 300, example: '출석 기록 오류로 수료 요건 미충족 / attendance was recorded wrongly' })
  @IsString()
  @Matches(/\S/, { message: '취소 사유를 입력하세요 / reason is required', context: { code: 'VALIDATION.REQUIRED' } })
  @MaxLength(300)
  reason: string;
}
