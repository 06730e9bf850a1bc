import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDateString, IsString, Length, Matches, ValidateNested, IsOptional } from 'class-validator';
import { DistancingAdjustmentView } from './resources.view';
import { UpdateCurriculumSettingsDto } from './settings.dto';

/** The institute's own code: upper-case letters, digits and hyphens, 2-40 (SEOUL-HRD). */
export const INSTITUTE_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

/** The largest logo or seal image accepted: 1 MB. */
export const MAX_INSTITUTE_IMAGE_BYTES = 1024 * 1024;
/** The least and greatest width and height of a logo or seal, in pixels. */
export const INSTITUTE_IMAGE_PIXELS = { min: 32, max: 4000 } as const;

/** A day the institute does not work, beside the national holidays (개원기념일, 자체 휴무일). */
export class InstituteHolidayDto {
  @ApiProperty({ format: 'date', example: '2026-11-20' })
  @IsDateString({ strict: true }, { context: { code: 'VALIDATION.DATE' }, message: 'date must be a date (YYYY-MM-DD) / 날짜를 입력하세요' })
  date: string;

  @ApiProperty({ example: '개원기념일' })
  @IsString()
  @Length(1, 100, { message: 'name must be 1–100 characters / 휴일 이름은 1~100자입니다' })
  name: string;
}

/** The institute's settings the administrator changes; what is left out stays. `holidays` replaces the whole list. */
export class UpdateInstituteSettingsDto extends UpdateCurriculumSettingsDto {
  @ApiPropertyOptional({ example: '서울특별시 인재개발원' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'nameKo must be 1–100 characters / 기관명은 1~100자입니다' })
  nameKo?: string;

  @ApiPropertyOptional({ example: 'Seoul Metropolitan Human Resource Development Center' })
  @IsOptional()
  @IsString()
  @Length(1, 150, { message: 'nameEn must be 1–150 characters / 영문 기관명은 1~150자입니다' })
  nameEn?: string;

  @ApiPropertyOptional({ example: 'SEOUL-HRD', description: 'Upper-case letters, digits and -, 2-40' })
  @IsOptional()
  @Matches(INSTITUTE_CODE_PATTERN, {
    message: 'code must be upper-case letters, digits and - (2–40) / 코드는 영문 대문자·숫자·- 2~40자입니다',
  })
  code?: string;

  @ApiPropertyOptional({ type: [InstituteHolidayDto], description: "The institute's own holidays (the national ones are built in)" })
  @IsOptional()
  @ArrayMaxSize(366)
  @ValidateNested({ each: true })
  @Type(() => InstituteHolidayDto)
  holidays?: InstituteHolidayDto[];
}

/** A stored logo or seal image: what it is, never its bytes (GET …/logo or …/seal serves those). */
export class InstituteImageView {
  @ApiProperty({ enum: ['image/png', 'image/jpeg'] })
  contentType: string;

  @ApiProperty({ example: 400 })
  width: number;

  @ApiProperty({ example: 400 })
  height: number;

  @ApiProperty({ example: 20480 })
  bytes: number;

  @ApiProperty({ description: 'SHA-256 of the bytes, hex' })
  sha256: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** 기관 설정: the institute's identity, images, distancing rule and own holidays. */
export class InstituteSettingsView {
  @ApiProperty({ example: '서울특별시 인재개발원' })
  nameKo: string;

  @ApiProperty({ example: 'Seoul Metropolitan Human Resource Development Center' })
  nameEn: string;

  @ApiProperty({ example: 'SEOUL-HRD', description: "'' until set" })
  code: string;

  @ApiProperty({ description: '일상회복 1단계 거리두기: half a room, fewer than 100 people' })
  distancingEnabled: boolean;

  @ApiProperty({ example: '09:00' })
  defaultDailyStart: string;

  @ApiProperty({ example: '18:00' })
  defaultDailyEnd: string;

  @ApiProperty({ type: [InstituteHolidayDto] })
  holidays: InstituteHolidayDto[];

  @ApiProperty({ type: InstituteImageView, nullable: true })
  logo: InstituteImageView | null;

  @ApiProperty({ type: InstituteImageView, nullable: true })
  seal: InstituteImageView | null;

  @ApiPropertyOptional({
    type: [DistancingAdjustmentView],
    description: 'When the distancing rule was just switched on: the cohorts whose capacity it lowered',
  })
  adjustedCohorts?: DistancingAdjustmentView[];
}
