import { COURSE_STATUSES, CourseStatus, DELIVERY_MODES, DeliveryMode } from '@baeum/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { SearchText } from '../common/search-text';
import { CURRICULUM_PATTERNS, EDUCATION_TYPES, EducationType } from './constants';

/** class-validator names the UUID rule `isUuid`; its code is named here. */
const ID = { code: 'VALIDATION.ID' };

const COURSE_CODE = CURRICULUM_PATTERNS.courseCode;
const BUDGET_LINE_CODE = CURRICULUM_PATTERNS.budgetLineCode;

export class CreateCourseDto {
  @ApiProperty({ example: 2023 })
  @IsInt({ message: 'fiscalYear must be a year / 회계연도는 연도입니다' })
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @ApiProperty({ example: 'IT-AI-DOCS' })
  @Matches(COURSE_CODE, { message: 'code must be upper-case letters, digits and - (1–40) / 과정코드는 영문 대문자·숫자·- 1~40자입니다' })
  code: string;

  @ApiProperty({ example: 'AI 활용 문서 자동화' })
  @IsString()
  @Length(1, 200, { message: 'nameKo must be 1–200 characters / 과정명은 1~200자입니다' })
  nameKo: string;

  @ApiProperty({ example: 'Document automation with AI' })
  @IsString()
  @Length(1, 200, { message: 'nameEn must be 1–200 characters / 영문 과정명은 1~200자입니다' })
  nameEn: string;

  @ApiPropertyOptional({ example: '생성형 AI로 보고서와 공문 초안을 만드는 실습 과정', maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'descriptionKo must be at most 4,000 characters / 과정 소개는 4,000자 이하입니다' })
  descriptionKo?: string;

  @ApiPropertyOptional({ example: 'Hands-on drafting of reports and letters with generative AI', maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'descriptionEn must be at most 4,000 characters / 영문 과정 소개는 4,000자 이하입니다' })
  descriptionEn?: string;

  @ApiProperty({ enum: EDUCATION_TYPES, enumName: 'EducationType' })
  @IsIn(EDUCATION_TYPES, { message: 'educationType must be general or e_learning / 교육구분은 general 또는 e_learning입니다' })
  educationType: EducationType;

  @ApiProperty({ example: 'job_competency' })
  @IsString()
  @Length(1, 40)
  fieldCode: string;

  @ApiPropertyOptional({ example: 'it' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  subfieldCode?: string;

  @ApiProperty({ enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  @IsIn(DELIVERY_MODES, { message: `deliveryMode must be one of ${DELIVERY_MODES.join(', ')} / 교육방식이 올바르지 않습니다` })
  deliveryMode: DeliveryMode;

  @ApiProperty({ example: 21 })
  @IsInt({ message: 'hours must be a whole number / 교육시간은 정수입니다' })
  @Min(0)
  @Max(5000)
  hours: number;

  @ApiPropertyOptional({ type: [Number], example: [5, 6] })
  @IsOptional()
  @ArrayMaxSize(9)
  @IsInt({ each: true, message: 'targetGrades must be grades 1–9 / 대상 직급은 1~9급입니다' })
  @Min(1, { each: true, message: 'targetGrades must be grades 1–9 / 대상 직급은 1~9급입니다' })
  @Max(9, { each: true, message: 'targetGrades must be grades 1–9 / 대상 직급은 1~9급입니다' })
  targetGrades?: number[];

  @ApiPropertyOptional({ type: [String], example: ['팀장'] })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  targetPositions?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  openToOtherProvinces?: boolean;

  @ApiPropertyOptional({ enum: COURSE_STATUSES, enumName: 'CourseStatus' })
  @IsOptional()
  @IsIn(COURSE_STATUSES, { message: `yearStatus must be one of ${COURSE_STATUSES.join(', ')} / 과정 상태가 올바르지 않습니다` })
  yearStatus?: CourseStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'The earlier course a merged course replaces' })
  @IsOptional()
  @IsUUID('4', { context: ID, message: 'replacesCourseId must be a course id / 대체 과정 id가 올바르지 않습니다' })
  replacesCourseId?: string;

  @ApiPropertyOptional({ example: 'ICT' })
  @IsOptional()
  @Matches(BUDGET_LINE_CODE, { message: 'budgetLineCode must be an upper-case budget line code / 예산사업 코드가 올바르지 않습니다' })
  budgetLineCode?: string;

  @ApiPropertyOptional({ example: 80 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  completionMinAttendancePercent?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  completionRequiresAssessment?: boolean;
}

/** 과정 이월: a year's catalog copied into a later year, every course continued (계속). */
export class CarryCatalogForwardDto {
  @ApiProperty({ example: 2022, description: 'The year whose catalog is copied' })
  @IsInt({ message: 'fromYear must be a year / 이월할 연도는 연도입니다' })
  @Min(2000)
  @Max(2100)
  fromYear: number;

  @ApiProperty({ example: 2026, description: 'The later year that gets the copy; it must have no catalog yet' })
  @IsInt({ message: 'toYear must be a year / 이월받을 연도는 연도입니다' })
  @Min(2000)
  @Max(2100)
  toYear: number;
}

export class UpdateCourseDto extends PartialType(OmitType(CreateCourseDto, ['fiscalYear', 'code'] as const)) {}

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** Catalog browsing: search and filters. Without a fiscal year, the latest year's catalog. */
export class CourseQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear?: number;

  @ApiPropertyOptional({ description: 'Searches code, names and descriptions: every word must be found (Korean inside longer words too)' })
  @SearchText()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: EDUCATION_TYPES, enumName: 'EducationType' })
  @IsOptional()
  @IsIn(EDUCATION_TYPES)
  educationType?: EducationType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 40)
  fieldCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 40)
  subfieldCode?: string;

  @ApiPropertyOptional({ enum: DELIVERY_MODES, enumName: 'DeliveryMode' })
  @IsOptional()
  @IsIn(DELIVERY_MODES)
  deliveryMode?: DeliveryMode;

  @ApiPropertyOptional({ enum: COURSE_STATUSES, enumName: 'CourseStatus' })
  @IsOptional()
  @IsIn(COURSE_STATUSES)
  yearStatus?: CourseStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  generated?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  openToOtherProvinces?: boolean;
}

/** 과정 검색: the words to find in a course's code, names or descriptions. */
export class CatalogCourseSearchQuery {
  @ApiProperty({ description: 'Every word must be found in the code, a name or a description', maxLength: 100, example: '문서 AI' })
  @SearchText()
  @IsString({ message: 'q must be the words to search for / 검색어를 입력하세요' })
  @Length(1, 100, { message: 'q must be 1–100 characters / 검색어는 1~100자입니다' })
  q: string;
}
