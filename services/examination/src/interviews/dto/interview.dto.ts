import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { DATE_PATTERN, TIME_PATTERN } from '../../shared/patterns';
import { INTERVIEW_MARKS, InterviewMark } from '../interview-rating.entity';

export class CreateInterviewerDto {
  @ApiProperty({ example: '박면접' })
  @IsString() @MinLength(1) @MaxLength(50)
  nameKo: string;

  @ApiProperty({ example: '서울대학교 행정대학원' })
  @IsString() @MinLength(1) @MaxLength(100)
  affiliation: string;

  @ApiProperty({ example: '인사행정' })
  @IsString() @MinLength(1) @MaxLength(100)
  expertise: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional() @IsBoolean()
  external?: boolean;
}

export class UpdateInterviewerDto {
  @ApiProperty()
  @IsBoolean()
  active: boolean;
}

export class ScheduleInterviewsDto {
  @ApiProperty({ example: '2027-05-10', description: 'first interview day; weekends are skipped' })
  @Matches(DATE_PATTERN, { message: 'startsOn must be a date (YYYY-MM-DD)' })
  startsOn: string;

  @ApiProperty({ example: ['09:30', '13:30'], description: 'session start times each day (Seoul)' })
  @ArrayMinSize(1) @ArrayMaxSize(8) @Matches(TIME_PATTERN, { each: true, message: 'times must be times of day (HH:MM)' })
  times: string[];

  @ApiProperty({ example: 2, description: 'panels sitting at once (interview rooms)' })
  @IsInt() @Min(1) @Max(20)
  panels: number;

  @ApiProperty({ example: 6, description: 'candidates per session' })
  @IsInt() @Min(1) @Max(30)
  perSession: number;

  @ApiPropertyOptional({ example: 3, default: 3 })
  @IsOptional() @IsInt() @Min(2) @Max(7)
  panelSize?: number;
}

export class InterviewMarkDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'applicationId must be an application id (UUID)' })
  applicationId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'interviewerId must be an interviewer id (UUID)' })
  interviewerId: string;

  @ApiProperty({ example: 'interview' })
  @IsString() @Matches(/^[a-z_]{1,40}$/, { message: 'step must be an interview step' })
  step: string;

  @ApiProperty({ enum: INTERVIEW_MARKS, description: '상 / 중 / 하' })
  @IsIn(INTERVIEW_MARKS, { message: 'mark must be high, mid or low' })
  mark: InterviewMark;
}

export class InterviewMarksDto {
  @ApiProperty({ type: [InterviewMarkDto] })
  @ArrayMinSize(1) @ArrayMaxSize(2000) @ValidateNested({ each: true }) @Type(() => InterviewMarkDto)
  marks: InterviewMarkDto[];
}
