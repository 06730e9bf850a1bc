import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { SheetFormatQuery } from './export-query.dto';

/** A year of results (reports and surveys), and the file format where the answer is a file. */
export class ResultsYearQuery extends SheetFormatQuery {
  @ApiProperty({ example: 2021, minimum: 2000, maximum: 2100 })
  @Type(() => Number)
  @IsInt({ message: '연도를 입력하세요 (예: 2021) / year must be a year, such as 2021' })
  @Min(2000)
  @Max(2100)
  year: number;
}

/** One agency's year; an agency admin's own agency whatever they ask, institute staff name one. */
export class AgencyReportQuery extends ResultsYearQuery {
  @ApiPropertyOptional({ example: 'MAPO-GU', description: "Required for institute staff; an agency admin's is their own" })
  @IsOptional()
  @Matches(/^[A-Z0-9-]{1,40}$/, { message: '기관 코드가 올바르지 않습니다 / agencyCode must be an agency code' })
  agencyCode?: string;
}
