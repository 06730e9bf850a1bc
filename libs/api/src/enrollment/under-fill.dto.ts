import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { UNDER_FILL_DECISIONS, UnderFillDecision } from './enums';

/** A calendar date, YYYY-MM-DD. */
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * A course manager's choice for an under-filled cohort (최소 인원 미달), as pages send it to the
 * gateway and the gateway to enrollment, which decides: merging moves the trainees there, and
 * curriculum follows the decision's event (extending changes the cohort's windows, merging and
 * cancelling cancel it).
 */
export class UnderFillDecisionDto {
  @ApiProperty({
    enum: UNDER_FILL_DECISIONS,
    enumName: 'UnderFillDecision',
    description: '모집 연장, 통합, 폐강 / extend applications, merge, cancel',
  })
  @IsIn(['extend', 'merge', 'cancel'], {
    message: '결정은 모집 연장(extend)·통합(merge)·폐강(cancel) 중 하나입니다 / decision must be extend, merge or cancel',
  })
  decision: UnderFillDecision;

  @ApiPropertyOptional({ example: '2027-02-27', description: 'extend: the new last day of applications' })
  @ValidateIf((o: UnderFillDecisionDto) => o.decision === 'extend')
  @Matches(DATE, {
    message: '새 신청 마감일을 YYYY-MM-DD 형식으로 입력하세요 / applicationCloses must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  applicationCloses?: string;

  @ApiPropertyOptional({ example: '2027-02-27', description: 'extend: the new minimum-fill cut-off (defaults to the new last day)' })
  @IsOptional()
  @Matches(DATE, {
    message: '최소 인원 판정일을 YYYY-MM-DD 형식으로 입력하세요 / minimumFillCutoff must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  minimumFillCutoff?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'merge: the cohort of the same course to move the trainees to' })
  @ValidateIf((o: UnderFillDecisionDto) => o.decision === 'merge')
  @IsUUID('4', { context: { code: 'VALIDATION.ID' }, message: '통합할 기수를 선택하세요 / targetCohortId must be a cohort id (UUID)' })
  targetCohortId?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
