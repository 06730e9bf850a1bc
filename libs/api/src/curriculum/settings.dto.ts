import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { CURRICULUM_PATTERNS } from './constants';

const TIME_PATTERN = CURRICULUM_PATTERNS.time;

/** A tenant's scheduling policy (교육과정 설정). */
export class UpdateCurriculumSettingsDto {
  @ApiPropertyOptional({ description: '일상회복 1단계 거리두기: half a room, fewer than 100 people' })
  @IsOptional()
  @IsBoolean({ message: 'distancingEnabled must be true or false / 켜기 또는 끄기입니다' })
  distancingEnabled?: boolean;

  @ApiPropertyOptional({ example: '09:00' })
  @IsOptional()
  @Matches(TIME_PATTERN, { message: 'defaultDailyStart must be HH:MM / 시각(HH:MM)을 입력하세요' })
  defaultDailyStart?: string;

  @ApiPropertyOptional({ example: '18:00' })
  @IsOptional()
  @Matches(TIME_PATTERN, { message: 'defaultDailyEnd must be HH:MM / 시각(HH:MM)을 입력하세요' })
  defaultDailyEnd?: string;
}
