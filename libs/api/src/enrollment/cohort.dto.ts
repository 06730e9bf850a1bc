import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { UNDER_FILL_DECISIONS, UnderFillDecision } from './enums';

/** 교육과정 안내: search the cohorts taking applications. */
export class CohortCatalogQuery {
  @ApiPropertyOptional({ description: '과정명 또는 코드 / course name or code', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['general', 'e_learning'], enumName: 'EducationType' })
  @IsOptional()
  @IsIn(['general', 'e_learning'], { message: '교육구분은 general 또는 e_learning입니다 / educationType must be general or e_learning' })
  educationType?: 'general' | 'e_learning';
}

/**
 * What enrollment records for an under-filled cohort, carrying out a merge itself. Pages send the
 * gateway an `UnderFillDecisionDto`, which asks curriculum to extend or cancel.
 */
export class UnderFillRecordDto {
  @ApiProperty({
    enum: UNDER_FILL_DECISIONS,
    enumName: 'UnderFillDecision',
    description: '모집 연장, 통합, 폐강 / extend applications, merge, cancel',
  })
  @IsIn(['extend', 'merge', 'cancel'], {
    message: '결정은 모집 연장(extend)·통합(merge)·폐강(cancel) 중 하나입니다 / decision must be extend, merge or cancel',
  })
  decision: UnderFillDecision;

  @ApiPropertyOptional({ format: 'uuid', description: 'The cohort to merge into (merge only)' })
  @ValidateIf((o: UnderFillRecordDto) => o.decision === 'merge')
  @IsUUID('4', {
    context: { code: 'VALIDATION.ID' },
    message: '통합할 기수를 선택하세요 / targetCohortId must be the id of the cohort to merge into',
  })
  targetCohortId?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
