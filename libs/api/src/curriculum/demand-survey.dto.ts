import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { CURRICULUM_PATTERNS, SURVEY_CONSTRAINTS, SURVEY_WEEKDAYS as WEEKDAYS } from './constants';

/** class-validator names the UUID rule `isUuid`; its code is named here. */
const ID = { code: 'VALIDATION.ID' };

const { date: DATE_PATTERN, time: TIME_PATTERN } = CURRICULUM_PATTERNS;

/** 수요조사 opened by staff. */
export class CreateDemandSurveyDto {
  @ApiProperty({ example: '2027년 AI 연수 사전 수요조사' })
  @IsString()
  @Length(1, 200, { message: 'titleKo must be 1–200 characters / 제목은 1~200자입니다' })
  titleKo: string;

  @ApiProperty({ example: '2027 AI training pre-survey' })
  @IsString()
  @Length(1, 200, { message: 'titleEn must be 1–200 characters / 영문 제목은 1~200자입니다' })
  titleEn: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('4', { context: ID, message: 'courseId must be a course id / 과정을 선택하세요' })
  courseId?: string;

  @ApiProperty({ example: '2027-01-02' })
  @Matches(DATE_PATTERN, { message: 'opensOn must be a date (YYYY-MM-DD) / 날짜(YYYY-MM-DD)를 입력하세요' })
  opensOn: string;

  @ApiProperty({ example: '2027-01-31' })
  @Matches(DATE_PATTERN, { message: 'closesOn must be a date (YYYY-MM-DD) / 날짜(YYYY-MM-DD)를 입력하세요' })
  closesOn: string;
}

const time = (field: string) => ({ message: `${field} must be a time of day (HH:MM) / 시각(HH:MM)을 입력하세요` });

/** One trainee's answer to a demand survey. */
export class DemandSurveyAnswerDto {
  @ApiProperty({ description: '육아로 인해 연수 참여가 어렵다' })
  @IsBoolean({ message: 'hardDueToChildcare must be true or false / 예 또는 아니오입니다' })
  hardDueToChildcare: boolean;

  @ApiProperty({ description: '육아 친화적 연수 운영에 찬성한다' })
  @IsBoolean({ message: 'wantsChildcareFriendly must be true or false / 예 또는 아니오입니다' })
  wantsChildcareFriendly: boolean;

  @ApiProperty({ example: '10:00' })
  @Matches(TIME_PATTERN, time('earliestStart'))
  earliestStart: string;

  @ApiProperty({ example: '16:00' })
  @Matches(TIME_PATTERN, time('latestEnd'))
  latestEnd: string;

  @ApiPropertyOptional({ enum: WEEKDAYS, enumName: 'SurveyWeekday', isArray: true })
  @IsOptional()
  @ArrayUnique()
  @IsIn(WEEKDAYS, { each: true, message: `preferredDays must be among ${WEEKDAYS.join(', ')} / 요일이 올바르지 않습니다` })
  preferredDays?: string[];

  @ApiPropertyOptional({ enum: SURVEY_CONSTRAINTS, enumName: 'SurveyConstraint', isArray: true })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(SURVEY_CONSTRAINTS.length)
  @IsIn(SURVEY_CONSTRAINTS, {
    each: true,
    message: `constraints must be among ${SURVEY_CONSTRAINTS.join(', ')} / 제약 사항이 올바르지 않습니다`,
  })
  constraints?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 1000, { message: 'comment must be at most 1000 characters / 의견은 1,000자 이내입니다' })
  comment?: string;
}

export class DemandSurveyResultsQuery {
  @ApiPropertyOptional({ description: 'Length of the suggested daily hours', example: 6 })
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsNumber({}, { message: 'hoursPerDay must be a number / 하루 교육시간은 숫자입니다' })
  @Min(1)
  @Max(12)
  hoursPerDay?: number;
}
