import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { EMPLOYEE_NO_PATTERN, EXAM_AGENCY_CODE_PATTERN, EXAM_BUDGET_LINE_PATTERN, EXAM_DATE_PATTERN } from './vocabulary';

export class CreateAssessmentRoundDto {
  @ApiProperty({ enum: [4, 5] })
  @IsIn([4, 5], { message: '대상 직급은 4급 또는 5급입니다 / targetGrade must be 4 or 5' })
  targetGrade: 4 | 5;

  @ApiProperty({ example: 2027 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(99)
  roundNo: number;

  @ApiProperty({ example: '2027-05-18' })
  @Matches(EXAM_DATE_PATTERN, {
    message: '시행일을 YYYY-MM-DD 형식으로 입력하세요 / heldOn must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  heldOn: string;

  @ApiPropertyOptional({ example: 250, description: 'least overall score to pass, in hundredths (250 = 2.50 of 5)' })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(500)
  passThreshold?: number;

  @ApiPropertyOptional({ example: 3, description: 'sittings allowed per official for this grade' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  maxAttempts?: number;

  @ApiPropertyOptional({ example: 2 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  assessorsPerTechnique?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'the preparatory course cohort (역량평가 이해과정) from curriculum' })
  @IsOptional()
  @IsUUID('4', {
    message: '이해과정 기수 ID가 올바르지 않습니다 / prepCohortId must be a cohort id (UUID)',
    context: { code: 'VALIDATION.ID' },
  })
  prepCohortId?: string;
}

export class AddCandidateDto {
  @ApiProperty({ example: 'S2019-00417', description: '공무원 번호' })
  @Matches(EMPLOYEE_NO_PATTERN, { message: '공무원 번호는 영문·숫자·- 3~30자입니다 / employeeNo must be 3–30 letters, digits or -' })
  employeeNo: string;

  @ApiProperty({ example: '정교육생' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  nameKo: string;

  @ApiProperty({ example: 'MAPO-GU' })
  @Matches(EXAM_AGENCY_CODE_PATTERN, {
    message: '기관 코드가 올바르지 않습니다 (예: MAPO-GU) / agencyCode must be an agency code (e.g. MAPO-GU)',
  })
  agencyCode: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'their sign-in, so they can read their feedback report' })
  @IsOptional()
  @IsUUID('4', { message: '사용자 ID가 올바르지 않습니다 / userId must be a user id (UUID)', context: { code: 'VALIDATION.ID' } })
  userId?: string;
}

export class CreateAssessorDto {
  @ApiProperty({ format: 'uuid', description: 'their sign-in (role assessor)' })
  @IsUUID('4', { message: '사용자 ID가 올바르지 않습니다 / userId must be a user id (UUID)', context: { code: 'VALIDATION.ID' } })
  userId: string;

  @ApiProperty({ example: '한평가' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  nameKo: string;

  @ApiPropertyOptional({ example: 'SEOUL-PLANNING', description: 'their own agency, if they serve in one' })
  @IsOptional()
  @Matches(EXAM_AGENCY_CODE_PATTERN, {
    message: '기관 코드가 올바르지 않습니다 (예: MAPO-GU) / agencyCode must be an agency code (e.g. MAPO-GU)',
  })
  agencyCode?: string;
}

export class ConflictDto {
  @ApiProperty({ example: 'S2019-00417' })
  @Matches(EMPLOYEE_NO_PATTERN, { message: '공무원 번호는 영문·숫자·- 3~30자입니다 / employeeNo must be 3–30 letters, digits or -' })
  employeeNo: string;

  @ApiProperty({ example: '전 소속 부서장' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  reason: string;
}

export class CompetencyRatingDto {
  @ApiProperty({ example: 'policy_management' })
  @Matches(/^[a-z0-9_]{1,60}$/, { message: '역량 코드가 올바르지 않습니다 / competency must be a competency code' })
  competency: string;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: '점수는 1~5의 정수입니다 / score must be a whole number from 1 to 5' })
  @Min(1)
  @Max(5)
  score: number;

  @ApiPropertyOptional({ example: '이해관계자의 입장을 구체적으로 확인함' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

export class RateCandidateDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: '대상자 ID가 올바르지 않습니다 / candidateId must be a candidate id (UUID)', context: { code: 'VALIDATION.ID' } })
  candidateId: string;

  @ApiProperty({ example: 'in_basket_exercise' })
  @Matches(/^[a-z0-9_]{1,60}$/, { message: '과제 코드가 올바르지 않습니다 / technique must be a technique code' })
  technique: string;

  @ApiProperty({ type: [CompetencyRatingDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CompetencyRatingDto)
  ratings: CompetencyRatingDto[];
}

export class AssessmentSittingDto {
  @ApiProperty({ example: '2027-05-18' })
  @Matches(EXAM_DATE_PATTERN, {
    message: '시행일을 YYYY-MM-DD 형식으로 입력하세요 / heldOn must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  heldOn: string;

  @ApiProperty({ example: 38000000 })
  @IsInt({ message: '시행 경비는 원 단위 정수입니다 / cost must be a whole number of won' })
  @Min(0)
  @Max(100_000_000_000)
  cost: number;

  @ApiPropertyOptional({ default: 'ASSESSMENT-OPS' })
  @IsOptional()
  @Matches(EXAM_BUDGET_LINE_PATTERN, {
    message: '예산사업 코드가 올바르지 않습니다 / budgetLineCode must be an upper-case budget line code',
  })
  budgetLineCode?: string;
}
