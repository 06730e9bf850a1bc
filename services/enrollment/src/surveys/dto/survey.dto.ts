import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { SURVEY_ITEM_CODES } from '../survey-items';

/** A 5-point score (1 to 5). */
const Score = () =>
  applyDecorators(
    ApiProperty({ minimum: 1, maximum: 5 }),
    IsInt({ message: 'score must be a whole number from 1 to 5' }),
    Min(1, { message: 'score must be at least 1' }),
    Max(5, { message: 'score must be at most 5' }),
  );

export class ItemScoreDto {
  @ApiProperty({ enum: SURVEY_ITEM_CODES })
  @IsIn(SURVEY_ITEM_CODES, { message: `itemCode must be one of ${SURVEY_ITEM_CODES.join(', ')}` })
  itemCode: string;

  @Score()
  score: number;
}

export class InstructorScoreDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'instructorId must be an instructor id (UUID)' })
  instructorId: string;

  @Score()
  score: number;
}

export class SubmitSurveyDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'cohortId must be a cohort id (UUID)' })
  cohortId: string;

  @ApiProperty({ type: [ItemScoreDto] })
  @IsArray({ message: 'items must be a list' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ItemScoreDto)
  items: ItemScoreDto[];

  @ApiProperty({ type: [InstructorScoreDto] })
  @IsArray({ message: 'instructors must be a list' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => InstructorScoreDto)
  instructors: InstructorScoreDto[];

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}
