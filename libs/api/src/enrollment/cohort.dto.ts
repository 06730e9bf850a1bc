import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

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
