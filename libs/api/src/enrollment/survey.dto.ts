import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { SATISFACTION_ITEM_CODES } from './enums';

/** A 5-point score (1 to 5). */
const Score = () =>
  applyDecorators(
    ApiProperty({ minimum: 1, maximum: 5 }),
    IsInt({ message: '점수는 1~5의 정수입니다 / score must be a whole number from 1 to 5' }),
    Min(1, { message: '점수는 1점 이상입니다 / score must be at least 1' }),
    Max(5, { message: '점수는 5점 이하입니다 / score must be at most 5' }),
  );

/** One item's score. */
export class SatisfactionItemScoreDto {
  @ApiProperty({ enum: SATISFACTION_ITEM_CODES, enumName: 'SatisfactionItemCode' })
  @IsIn(SATISFACTION_ITEM_CODES, {
    message: `설문 문항 코드는 ${SATISFACTION_ITEM_CODES.join(', ')} 중 하나입니다 / itemCode must be one of ${SATISFACTION_ITEM_CODES.join(', ')}`,
  })
  itemCode: string;

  @Score()
  score: number;
}

/** One instructor's score. */
export class SatisfactionInstructorScoreDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', {
    context: { code: 'VALIDATION.ID' },
    message: '강사 ID가 올바르지 않습니다 / instructorId must be an instructor id (UUID)',
  })
  instructorId: string;

  @Score()
  score: number;
}

/** 만족도 조사: a trainee's answers for a cohort they completed, kept without their name. */
export class SatisfactionSurveyDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { context: { code: 'VALIDATION.ID' }, message: '기수 ID가 올바르지 않습니다 / cohortId must be a cohort id (UUID)' })
  cohortId: string;

  @ApiProperty({ type: [SatisfactionItemScoreDto] })
  @IsArray({ message: '문항별 점수는 목록이어야 합니다 / items must be a list' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SatisfactionItemScoreDto)
  items: SatisfactionItemScoreDto[];

  @ApiProperty({ type: [SatisfactionInstructorScoreDto] })
  @IsArray({ message: '강사별 점수는 목록이어야 합니다 / instructors must be a list' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SatisfactionInstructorScoreDto)
  instructors: SatisfactionInstructorScoreDto[];

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}
