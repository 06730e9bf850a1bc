import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { EXAM_BUDGET_LINE_PATTERN, EXAM_DATE_PATTERN } from './vocabulary';

export class PublicationDto {
  @ApiProperty({ enum: ['written', 'final'] })
  @IsIn(['written', 'final'], { message: '발표 단계는 필기(written) 또는 최종(final)입니다 / stage must be written or final' })
  stage: 'written' | 'final';

  @ApiProperty({ example: '2027-05-27T01:00:00Z', description: 'the instant applicants may see the results (UTC)' })
  @IsISO8601(
    { strict: true, strictSeparator: true },
    { message: '발표 일시를 ISO 8601 형식으로 입력하세요 / publishAt must be an ISO instant', context: { code: 'VALIDATION.DATE' } },
  )
  publishAt: string;
}

export class SittingDto {
  @ApiProperty({ enum: ['written', 'interview'] })
  @IsIn(['written', 'interview'], { message: '시행 단계는 필기(written) 또는 면접(interview)입니다 / stage must be written or interview' })
  stage: 'written' | 'interview';

  @ApiProperty({ example: '2027-02-26' })
  @Matches(EXAM_DATE_PATTERN, {
    message: '시행일을 YYYY-MM-DD 형식으로 입력하세요 / heldOn must be a date (YYYY-MM-DD)',
    context: { code: 'VALIDATION.DATE' },
  })
  heldOn: string;

  @ApiProperty({ example: 182000000, description: 'cost of the sitting in won (venues, proctors, printing)' })
  @IsInt({ message: '시행 경비는 원 단위 정수입니다 / cost must be a whole number of won' })
  @Min(0)
  @Max(100_000_000_000)
  cost: number;

  @ApiPropertyOptional({ description: 'the exam’s budget line when not given' })
  @IsOptional()
  @Matches(EXAM_BUDGET_LINE_PATTERN, {
    message: '예산사업 코드가 올바르지 않습니다 / budgetLineCode must be an upper-case budget line code',
  })
  budgetLineCode?: string;
}
