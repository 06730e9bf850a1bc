import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { SearchText } from '../common/search-text';

/** 교육과정 안내: search the cohorts taking applications. */
export class CohortCatalogQuery {
  @ApiPropertyOptional({
    description: '과정명·코드·소개의 낱말 / words of the course name, code or description (every word must be found)',
    maxLength: 100,
  })
  @SearchText()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['general', 'e_learning'], enumName: 'EducationType' })
  @IsOptional()
  @IsIn(['general', 'e_learning'], { message: '교육구분은 general 또는 e_learning입니다 / educationType must be general or e_learning' })
  educationType?: 'general' | 'e_learning';

  @ApiPropertyOptional({ format: 'uuid', description: "One course's cohorts (its page)" })
  @IsOptional()
  @IsUUID('4', { context: { code: 'VALIDATION.ID' }, message: 'courseId must be a course id / 과정 id가 올바르지 않습니다' })
  courseId?: string;
}
