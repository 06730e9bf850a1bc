import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';

export class CatalogQuery {
  @ApiPropertyOptional({ description: '과정명 또는 코드 / course name or code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['general', 'e_learning'] })
  @IsOptional()
  @IsIn(['general', 'e_learning'], { message: '교육구분은 general 또는 e_learning입니다 / educationType must be general or e_learning' })
  educationType?: 'general' | 'e_learning';
}

export class UnderFillDecisionDto {
  @ApiProperty({ enum: ['extend', 'merge', 'cancel'], description: '모집 연장, 통합, 폐강 / extend applications, merge, cancel' })
  @IsIn(['extend', 'merge', 'cancel'], { message: '결정은 모집 연장(extend)·통합(merge)·폐강(cancel) 중 하나입니다 / decision must be extend, merge or cancel' })
  decision: 'extend' | 'merge' | 'cancel';

  @ApiPropertyOptional({ format: 'uuid', description: 'The cohort to merge into (merge only)' })
  @ValidateIf((o: UnderFillDecisionDto) => o.decision === 'merge')
  @IsUUID('4', { message: '통합할 기수를 선택하세요 / targetCohortId must be the id of the cohort to merge into' })
  targetCohortId?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
