import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ExportQuery } from './export-query';

export class YearQuery extends ExportQuery {
  @ApiProperty({ example: 2021 })
  @Type(() => Number)
  @IsInt({ message: '연도를 입력하세요 (예: 2021) / year must be a year, such as 2021' })
  @Min(2000)
  @Max(2100)
  year: number;
}
