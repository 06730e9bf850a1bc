import { ApiProperty, ApiPropertyOptional, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
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
import {
  ACCOMMODATION_KINDS,
  AccommodationKind,
  EDUCATION_LEVELS,
  EducationLevel,
  EXAM_DATE_PATTERN,
  EXAM_IDEMPOTENCY_KEY_PATTERN,
  EXAM_PHONE_PATTERN,
  GRADUATION_STATUSES,
  GraduationStatus,
  MAX_LICENCES,
  RESCUER_BONUS_PERCENTS,
  VETERANS_BONUS_PERCENTS,
} from './vocabulary';

export class AccommodationDto {
  @ApiProperty({ enum: ACCOMMODATION_KINDS, enumName: 'AccommodationKind' })
  @IsIn(ACCOMMODATION_KINDS, {
    message: `편의지원 종류는 ${ACCOMMODATION_KINDS.join(', ')} 중 하나입니다 / kind must be one of ${ACCOMMODATION_KINDS.join(', ')}`,
  })
  kind: AccommodationKind;

  @ApiPropertyOptional({ example: '시험시간 1.5배 연장' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string;
}

/** 최종학력. */
export class EducationDto {
  @ApiProperty({ enum: EDUCATION_LEVELS, enumName: 'EducationLevel' })
  @IsIn(EDUCATION_LEVELS, {
    message: `학력 구분은 ${EDUCATION_LEVELS.join(', ')} 중 하나입니다 / level must be one of ${EDUCATION_LEVELS.join(', ')}`,
  })
  level: EducationLevel;

  @ApiProperty({ example: '한국대학교', maxLength: 100 })
  @IsString({ message: '학교명을 입력하세요 / school is required' })
  @MinLength(1, { message: '학교명을 입력하세요 / school is required' })
  @MaxLength(100, { message: '학교명은 100자까지입니다 / school is at most 100 characters' })
  school: string;

  @ApiPropertyOptional({ example: '행정학', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '전공은 100자까지입니다 / major is at most 100 characters' })
  major?: string;

  @ApiProperty({ enum: GRADUATION_STATUSES, enumName: 'GraduationStatus' })
  @IsIn(GRADUATION_STATUSES, { message: '졸업 또는 졸업예정을 고르세요 / status must be graduated or expected' })
  status: GraduationStatus;
}

/** 자격증·면허. */
export class LicenceDto {
  @ApiProperty({ example: '정보처리기사', maxLength: 100 })
  @IsString({ message: '자격증명을 입력하세요 / name is required' })
  @MinLength(1, { message: '자격증명을 입력하세요 / name is required' })
  @MaxLength(100, { message: '자격증명은 100자까지입니다 / name is at most 100 characters' })
  name: string;

  @ApiProperty({ example: '21201012345A', maxLength: 50 })
  @IsString({ message: '자격증 번호를 입력하세요 / number is required' })
  @MinLength(1, { message: '자격증 번호를 입력하세요 / number is required' })
  @MaxLength(50, { message: '자격증 번호는 50자까지입니다 / number is at most 50 characters' })
  number: string;

  @ApiProperty({ example: '한국산업인력공단', maxLength: 100 })
  @IsString({ message: '발급기관을 입력하세요 / issuer is required' })
  @MinLength(1, { message: '발급기관을 입력하세요 / issuer is required' })
  @MaxLength(100, { message: '발급기관은 100자까지입니다 / issuer is at most 100 characters' })
  issuer: string;

  @ApiProperty({ example: '2021-06-18' })
  @Matches(EXAM_DATE_PATTERN, {
    message: '취득일을 YYYY-MM-DD 형식으로 입력하세요 / acquiredOn must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  acquiredOn: string;
}

export class SubmitApplicationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: '시험을 선택하세요 / examId must be an exam id (UUID)', context: { code: 'VALIDATION.ID' } })
  examId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: '모집단위를 선택하세요 / positionId must be a position id (UUID)', context: { code: 'VALIDATION.ID' } })
  positionId: string;

  @ApiProperty({
    description: 'the same key for a retried submission (the gateway takes it from the Idempotency-Key header)',
    example: '5f0c2c1e-...',
  })
  @Matches(EXAM_IDEMPOTENCY_KEY_PATTERN, {
    message: '중복 제출 방지 키는 영문·숫자·-·_ 8~100자입니다 / idempotencyKey must be 8–100 letters, digits, - or _',
  })
  idempotencyKey: string;

  @ApiProperty({ example: '김응시' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  nameKo: string;

  @ApiProperty({ example: '1998-04-12' })
  @Matches(EXAM_DATE_PATTERN, {
    message: '생년월일을 YYYY-MM-DD 형식으로 입력하세요 / birthDate must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  birthDate: string;

  @ApiProperty({ example: '010-1234-5678' })
  @Matches(EXAM_PHONE_PATTERN, {
    message: '전화번호 형식이 올바르지 않습니다 (예: 010-1234-5678) / phone must be a Korean phone number (e.g. 010-1234-5678)',
    context: { code: 'VALIDATION.PHONE' },
  })
  phone: string;

  @ApiPropertyOptional({ example: '2019-03-01' })
  @IsOptional()
  @Matches(EXAM_DATE_PATTERN, {
    message: '거주 시작일을 YYYY-MM-DD 형식으로 입력하세요 / residentSince must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  residentSince?: string;

  @ApiPropertyOptional({ description: 'years of residence in the region in total' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  residencyYears?: number;

  @ApiPropertyOptional({ example: '서울북부보훈지청-2022-0113' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  trackEvidence?: string;

  @ApiPropertyOptional({ enum: VETERANS_BONUS_PERCENTS, default: 0 })
  @IsOptional()
  @IsIn(VETERANS_BONUS_PERCENTS, { message: '보훈 가점은 0%, 5%, 10% 중 하나입니다 / veteransBonusPercent must be 0, 5 or 10' })
  veteransBonusPercent?: number;

  @ApiPropertyOptional({ enum: RESCUER_BONUS_PERCENTS, default: 0, description: '의사상자 등 가점; one statutory bonus at most' })
  @IsOptional()
  @IsIn(RESCUER_BONUS_PERCENTS, { message: '의사상자 등 가점은 0%, 3%, 5% 중 하나입니다 / rescuerBonusPercent must be 0, 3 or 5' })
  rescuerBonusPercent?: number;

  @ApiPropertyOptional({
    description: "본인 확인 reference (POST /identity-verifications); the application's name and birth date are the verified ones",
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  identityVerificationRef?: string;

  @ApiPropertyOptional({ type: EducationDto, description: '최종학력' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EducationDto)
  education?: EducationDto;

  @ApiPropertyOptional({ type: [LicenceDto], description: `자격증·면허, at most ${MAX_LICENCES}` })
  @IsOptional()
  @ArrayMaxSize(MAX_LICENCES, { message: `자격증은 ${MAX_LICENCES}개까지입니다 / at most ${MAX_LICENCES} licences` })
  @ValidateNested({ each: true })
  @Type(() => LicenceDto)
  licences?: LicenceDto[];

  @ApiPropertyOptional({ type: [AccommodationDto] })
  @IsOptional()
  @ArrayMaxSize(ACCOMMODATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => AccommodationDto)
  accommodations?: AccommodationDto[];
}

/** 본인 확인: who the applicant says they are, confirmed by the identity provider against the mobile number. */
export class IdentityVerificationDto extends PickType(SubmitApplicationDto, ['nameKo', 'birthDate', 'phone'] as const) {}

/**
 * The application form as the gateway takes it: the idempotency key comes in the Idempotency-Key
 * header (in the body only when the header is missing), and the gateway passes it on in the body.
 */
export class ApplicationFormDto extends OmitType(SubmitApplicationDto, ['idempotencyKey'] as const) {
  @ApiPropertyOptional({ description: 'only when the Idempotency-Key header is not sent' })
  @IsOptional()
  @Matches(EXAM_IDEMPOTENCY_KEY_PATTERN, {
    message: '중복 제출 방지 키는 영문·숫자·-·_ 8~100자입니다 / idempotencyKey must be 8–100 letters, digits, - or _',
  })
  idempotencyKey?: string;
}

/**
 * Until the deadline an applicant may correct their details; to change position they cancel and apply again.
 * A verified name or birth date changes only with a new identityVerificationRef.
 */
export class EditApplicationDto extends PartialType(
  PickType(SubmitApplicationDto, [
    'nameKo',
    'phone',
    'residentSince',
    'residencyYears',
    'trackEvidence',
    'veteransBonusPercent',
    'rescuerBonusPercent',
    'identityVerificationRef',
    'education',
    'licences',
    'accommodations',
  ] as const),
) {}

export class IneligibleDto {
  @ApiProperty({ maxLength: 500, example: '거주지 요건 미충족 (주민등록 이전일 2022-03-02)' })
  @IsString({ message: '응시자격 미달 사유를 적으세요 / reason must say why the applicant is ineligible' })
  @MinLength(2, { message: '응시자격 미달 사유를 적으세요 / reason must say why the applicant is ineligible' })
  @MaxLength(500, { message: '사유는 500자까지입니다 / reason must be at most 500 characters' })
  reason: string;

  @ApiPropertyOptional({ default: false, description: '전액 환불 (과오납, 시행기관 귀책) / refund the fee in full' })
  @IsOptional()
  @IsBoolean({ message: '전액 환불 여부는 예 또는 아니오입니다 / refundInFull must be true or false' })
  refundInFull?: boolean;
}

export class AccommodationDecisionDto {
  @ApiProperty({ enum: ['approved', 'rejected'] })
  @IsIn(['approved', 'rejected'], { message: '결정은 승인(approved) 또는 반려(rejected)입니다 / decision must be approved or rejected' })
  decision: 'approved' | 'rejected';
}

/** An exam's applications, of one position or all. */
export class ExamApplicationListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { message: '모집단위 ID가 올바르지 않습니다 / positionId must be a position id (UUID)', context: { code: 'VALIDATION.ID' } })
  positionId?: string;
}
