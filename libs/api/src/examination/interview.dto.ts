import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
import { EXAM_DATE_PATTERN, EXAM_TIME_PATTERN, INTERVIEW_MARKS, InterviewMark } from './vocabulary';

export class CreateInterviewerDto {
  @ApiProperty({ example: '박면접' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  nameKo: string;

  @ApiProperty({ example: '서울대학교 행정대학원' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  affiliation: string;

  @ApiProperty({ example: '인사행정' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  expertise: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  external?: boolean;
}

export class UpdateInterviewerDto {
  @ApiProperty()
  @IsBoolean()
  active: boolean;
}

export class DeclareInterviewerConflictDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: '면접위원을 선택하세요 / interviewerId must be an interviewer id (UUID)', context: { code: 'VALIDATION.ID' } })
  interviewerId: string;

  @ApiProperty({ format: 'uuid', description: "the candidate's application" })
  @IsUUID('4', { message: '응시자를 선택하세요 / applicationId must be an application id (UUID)', context: { code: 'VALIDATION.ID' } })
  applicationId: string;

  @ApiProperty({ example: '응시자의 대학 지도교수', maxLength: 300 })
  @IsString({ message: '제척·회피 사유를 적으세요 / reason must say why' })
  @MinLength(2, { message: '제척·회피 사유를 적으세요 / reason must say why' })
  @MaxLength(300, { message: '사유는 300자까지입니다 / reason must be at most 300 characters' })
  reason: string;
}

export class ScheduleInterviewsDto {
  @ApiProperty({ example: '2027-05-10', description: 'first interview day; weekends are skipped' })
  @Matches(EXAM_DATE_PATTERN, {
    message: '면접 시작일을 YYYY-MM-DD 형식으로 입력하세요 / startsOn must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  startsOn: string;

  @ApiProperty({ example: ['09:30', '13:30'], description: 'session start times each day (Seoul)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @Matches(EXAM_TIME_PATTERN, {
    each: true,
    message: '세션 시작 시각을 HH:MM 형식으로 입력하세요 / times must be times of day (HH:MM)',
    context: { code: 'VALIDATION.TIME' },
  })
  times: string[];

  @ApiProperty({ example: 2, description: 'panels sitting at once (interview rooms)' })
  @IsInt()
  @Min(1)
  @Max(20)
  panels: number;

  @ApiProperty({ example: 6, description: 'candidates per session' })
  @IsInt()
  @Min(1)
  @Max(30)
  perSession: number;

  @ApiPropertyOptional({ example: 3, default: 3 })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(7)
  panelSize?: number;
}

export class InterviewMarkDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', {
    message: '원서 ID가 올바르지 않습니다 / applicationId must be an application id (UUID)',
    context: { code: 'VALIDATION.ID' },
  })
  applicationId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', {
    message: '면접위원 ID가 올바르지 않습니다 / interviewerId must be an interviewer id (UUID)',
    context: { code: 'VALIDATION.ID' },
  })
  interviewerId: string;

  @ApiProperty({ example: 'interview' })
  @IsString()
  @Matches(/^[a-z_]{1,40}$/, { message: '면접 단계가 올바르지 않습니다 / step must be an interview step' })
  step: string;

  @ApiProperty({ enum: INTERVIEW_MARKS, enumName: 'InterviewMark', description: '상 / 중 / 하' })
  @IsIn(INTERVIEW_MARKS, { message: '평정은 상(high)·중(mid)·하(low) 중 하나입니다 / mark must be high, mid or low' })
  mark: InterviewMark;
}

export class InterviewMarksDto {
  @ApiProperty({ type: [InterviewMarkDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => InterviewMarkDto)
  marks: InterviewMarkDto[];
}
