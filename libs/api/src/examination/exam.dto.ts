import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
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
  EXAM_BUDGET_LINE_PATTERN,
  EXAM_DATE_PATTERN,
  EXAM_EXPORT_FORMATS,
  EXAM_KINDS,
  ExamExportFormat,
  ExamKind,
  LICENCE_BONUS_CAP_PERCENT,
  POSITION_TRACKS,
  PositionTrack,
} from './vocabulary';

const INSTANT = { strict: true, strictSeparator: true } as const;

export class FeeDto {
  @ApiProperty({ minimum: 1, maximum: 9 })
  @IsInt()
  @Min(1)
  @Max(9)
  grade: number;

  @ApiProperty({ description: 'won', example: 5000 })
  @IsInt({ message: '응시수수료는 원 단위 정수입니다 / amount must be a whole number of won' })
  @Min(0)
  @Max(1_000_000)
  amount: number;
}

/** 자격증 가산점 rule of an announcement: the licence, its bonus and the job series (직렬) it counts for. */
export class LicenceBonusRuleDto {
  @ApiProperty({ example: '정보처리기사', maxLength: 100 })
  @IsString({ message: '자격증명을 입력하세요 / licenceName is required' })
  @MinLength(1, { message: '자격증명을 입력하세요 / licenceName is required' })
  @MaxLength(100, { message: '자격증명은 100자까지입니다 / licenceName is at most 100 characters' })
  licenceName: string;

  @ApiProperty({ minimum: 1, maximum: LICENCE_BONUS_CAP_PERCENT, example: 5, description: 'percent of each subject’s full marks' })
  @IsInt({ message: '가산비율은 정수(%)입니다 / percent must be a whole number' })
  @Min(1, { message: '가산비율은 1% 이상입니다 / percent must be at least 1' })
  @Max(LICENCE_BONUS_CAP_PERCENT, {
    message: `가산비율은 ${LICENCE_BONUS_CAP_PERCENT}%까지입니다 / percent must be at most ${LICENCE_BONUS_CAP_PERCENT}`,
  })
  percent: number;

  @ApiPropertyOptional({
    type: [String],
    example: ['computer'],
    description: 'job series codes it counts for; empty or absent: every position',
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, {
    each: true,
    message: '직렬 코드는 영문 소문자 코드입니다 (예: computer) / jobSeries must be lower-case codes (e.g. computer)',
  })
  jobSeries?: string[];
}

/** The longest 응시자격 text an announcement carries, in each language. */
export const ELIGIBILITY_TEXT_MAX = 2000;

export class CreateExamDto {
  @ApiProperty({ enum: EXAM_KINDS, enumName: 'ExamKind' })
  @IsIn(EXAM_KINDS, { message: `시험 종류는 ${EXAM_KINDS.join(', ')} 중 하나입니다 / kind must be one of ${EXAM_KINDS.join(', ')}` })
  kind: ExamKind;

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

  @ApiProperty({ example: '2027년도 제1회 서울특별시 지방공무원 공개경쟁임용시험' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleKo: string;

  @ApiProperty({ example: '2027 Seoul local civil service open competitive exam, round 1' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleEn: string;

  @ApiProperty({ example: '2026-10-27' })
  @Matches(EXAM_DATE_PATTERN, {
    message: '공고일을 YYYY-MM-DD 형식으로 입력하세요 / announcedOn must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  announcedOn: string;

  @ApiProperty({ example: '2027-01-03T00:00:00Z' })
  @IsISO8601(INSTANT, {
    message: '접수 시작 일시를 ISO 8601 형식으로 입력하세요 / applicationOpensAt must be an ISO instant',
    context: { code: 'VALIDATION.DATE' },
  })
  applicationOpensAt: string;

  @ApiProperty({ example: '2027-01-07T09:00:00Z' })
  @IsISO8601(INSTANT, {
    message: '접수 마감 일시를 ISO 8601 형식으로 입력하세요 / applicationClosesAt must be an ISO instant',
    context: { code: 'VALIDATION.DATE' },
  })
  applicationClosesAt: string;

  @ApiProperty({ example: '2027-02-15T09:00:00Z', description: 'last instant to cancel; exam numbers are given after it' })
  @IsISO8601(INSTANT, {
    message: '취소 마감 일시를 ISO 8601 형식으로 입력하세요 / cancellationClosesAt must be an ISO instant',
    context: { code: 'VALIDATION.DATE' },
  })
  cancellationClosesAt: string;

  @ApiPropertyOptional({ example: '2027-02-26', description: 'required for open recruitment' })
  @IsOptional()
  @Matches(EXAM_DATE_PATTERN, {
    message: '필기시험일을 YYYY-MM-DD 형식으로 입력하세요 / writtenExamOn must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  writtenExamOn?: string;

  @ApiPropertyOptional({ example: '2027-05-09' })
  @IsOptional()
  @Matches(EXAM_DATE_PATTERN, {
    message: '면접 시작일을 YYYY-MM-DD 형식으로 입력하세요 / interviewStartsOn must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  interviewStartsOn?: string;

  @ApiPropertyOptional({ example: '2027-05-13' })
  @IsOptional()
  @Matches(EXAM_DATE_PATTERN, {
    message: '면접 종료일을 YYYY-MM-DD 형식으로 입력하세요 / interviewEndsOn must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  interviewEndsOn?: string;

  @ApiProperty({ example: '2027-05-27' })
  @Matches(EXAM_DATE_PATTERN, {
    message: '합격자 발표일을 YYYY-MM-DD 형식으로 입력하세요 / resultOn must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  resultOn: string;

  @ApiProperty({ example: 418 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  selectionPlanned: number;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  selectionTentative?: boolean;

  @ApiPropertyOptional({ example: '세종특별자치시' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  residencyRegionKo?: string;

  @ApiPropertyOptional({ example: '2027-01-01' })
  @IsOptional()
  @Matches(EXAM_DATE_PATTERN, {
    message: '거주 요건 기준일을 YYYY-MM-DD 형식으로 입력하세요 / residencyCutoffOn must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  residencyCutoffOn?: string;

  @ApiPropertyOptional({
    example:
      '「지방공무원법」 제31조의 결격사유에 해당하거나 「지방공무원 임용령」 제65조에 따라 응시자격이 정지된 사람은 응시할 수 없습니다.',
    description:
      "응시자격 in the announcement's own words, beyond what the system checks (age, residency): at most 2,000 characters; empty clears it",
  })
  @IsOptional()
  @IsString({ message: '응시자격 안내는 글로 입력하세요 / eligibilityKo must be text' })
  @MaxLength(ELIGIBILITY_TEXT_MAX, {
    message: `응시자격 안내는 ${ELIGIBILITY_TEXT_MAX}자까지입니다 / eligibilityKo is at most ${ELIGIBILITY_TEXT_MAX} characters`,
  })
  eligibilityKo?: string;

  @ApiPropertyOptional({ description: 'the same in English, for applicants reading in English; at most 2,000 characters; empty clears it' })
  @IsOptional()
  @IsString({ message: '영문 응시자격 안내는 글로 입력하세요 / eligibilityEn must be text' })
  @MaxLength(ELIGIBILITY_TEXT_MAX, {
    message: `영문 응시자격 안내는 ${ELIGIBILITY_TEXT_MAX}자까지입니다 / eligibilityEn is at most ${ELIGIBILITY_TEXT_MAX} characters`,
  })
  eligibilityEn?: string;

  @ApiPropertyOptional({ example: 'RECRUITMENT-EXAMS', default: 'RECRUITMENT-EXAMS' })
  @IsOptional()
  @Matches(EXAM_BUDGET_LINE_PATTERN, {
    message: '예산사업 코드가 올바르지 않습니다 / budgetLineCode must be an upper-case budget line code',
  })
  budgetLineCode?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['국어', '영어', '한국사', '행정법총론', '행정학개론'],
    description: '시험과목 as the announcement lists them, in order; at most 10, each 1 to 50 characters',
  })
  @IsOptional()
  @ArrayMaxSize(10, { message: '시험과목은 10개까지입니다 / at most 10 subjects' })
  @IsString({ each: true })
  @MinLength(1, { each: true, message: '과목명을 입력하세요 / each subject needs a name' })
  @MaxLength(50, { each: true, message: '과목명은 50자까지입니다 / subjects are at most 50 characters' })
  subjects?: string[];

  @ApiPropertyOptional({ type: [LicenceBonusRuleDto], description: '자격증 가산점 rules; at most 50' })
  @IsOptional()
  @ArrayMaxSize(50, { message: '가산점 규칙은 50개까지입니다 / at most 50 licence bonus rules' })
  @ValidateNested({ each: true })
  @Type(() => LicenceBonusRuleDto)
  licenceBonusRules?: LicenceBonusRuleDto[];

  @ApiPropertyOptional({ type: [FeeDto], description: 'fees by grade; the decree’s fees where not given' })
  @IsOptional()
  @ArrayMaxSize(9)
  @ValidateNested({ each: true })
  @Type(() => FeeDto)
  fees?: FeeDto[];
}

/** Officers move dates as plans change; kind, year and round stay. */
export class UpdateExamDto extends PartialType(CreateExamDto) {}

export class CreatePositionDto {
  @ApiProperty({ example: 'general_admin', description: 'job series code (직렬)' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, {
    message: '직렬 코드는 영문 소문자 코드입니다 (예: general_admin) / jobSeries must be a lower-case code (e.g. general_admin)',
  })
  jobSeries: string;

  @ApiProperty({ example: '일반행정' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  jobSeriesKo: string;

  @ApiProperty({ example: 9 })
  @IsInt()
  @Min(1)
  @Max(9)
  grade: number;

  @ApiProperty({ example: 250 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  openings: number;

  @ApiPropertyOptional({ enum: POSITION_TRACKS, enumName: 'PositionTrack', default: 'general' })
  @IsOptional()
  @IsIn(POSITION_TRACKS, {
    message: `구분모집은 ${POSITION_TRACKS.join(', ')} 중 하나입니다 / track must be one of ${POSITION_TRACKS.join(', ')}`,
  })
  track?: PositionTrack;

  @ApiPropertyOptional({ description: 'least age in the year of the exam; 20 for grade 7 and above, else 18' })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(60)
  minAge?: number;
}

/** The institute whose announcements the service lists (the gateway finds it by its code). */
export class ExamTenantQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: '시행기관 ID가 올바르지 않습니다 / tenantId must be an institute id (UUID)', context: { code: 'VALIDATION.ID' } })
  tenantId: string;
}

/**
 * 채용 공고 without signing in: the institute by its code. An unknown or malformed code answers
 * 404 (AUTH.INSTITUTE_UNKNOWN), as an institute that does not exist.
 */
export class ExamAnnouncementsQuery {
  @ApiProperty({ example: 'seoul-hrd', pattern: '^[a-z0-9-]{2,40}$', description: '기관 코드 / institute code' })
  @IsOptional()
  tenant?: string;
}

/** A list as a file: .xlsx, or CSV (UTF-8 with BOM, so Excel reads the Korean). */
export class ExamExportQuery {
  @ApiProperty({ enum: EXAM_EXPORT_FORMATS, enumName: 'ExamExportFormat' })
  @IsIn(EXAM_EXPORT_FORMATS, { message: '파일 형식은 xlsx 또는 csv입니다 / format must be xlsx or csv' })
  format: ExamExportFormat;
}
