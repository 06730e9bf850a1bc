import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { BUDGET_LINE_PATTERN, DATE_PATTERN } from '../../shared/patterns';

export class PublicationDto {
  @ApiProperty({ enum: ['written', 'final'] })
  @IsIn(['written', 'final'], { message: 'stage must be written or final' })
  stage: 'written' | 'final';

  @ApiProperty({ example: '2027-05-27T01:00:00Z', description: 'the instant applicants may see the results (UTC)' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'publishAt must be an ISO instant' })
  publishAt: string;
}

export class SittingDto {
  @ApiProperty({ enum: ['written', 'interview'] })
  @IsIn(['written', 'interview'], { message: 'stage must be written or interview' })
  stage: 'written' | 'interview';

  @ApiProperty({ example: '2027-02-26' })
  @Matches(DATE_PATTERN, { message: 'heldOn must be a date (YYYY-MM-DD)' })
  heldOn: string;

  @ApiProperty({ example: 182000000, description: 'cost of the sitting in won (venues, proctors, printing)' })
  @IsInt({ message: 'cost must be a whole number of won' }) @Min(0) @Max(100_000_000_000)
  cost: number;

  @ApiPropertyOptional({ description: 'the exam’s budget line when not given' })
  @IsOptional() @Matches(BUDGET_LINE_PATTERN, { message: 'budgetLineCode must be an upper-case budget line code' })
  budgetLineCode?: string;
}
