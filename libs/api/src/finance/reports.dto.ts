import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EXECUTION_REPORT_TABLES, ExecutionReportTable } from './kinds';
import { IsBusinessDate, IsFiscalYear } from './validation';

/** 예산 집행 현황 of a fiscal year as of a date. */
export class ExecutionReportQuery {
  @IsFiscalYear()
  fiscalYear: number;

  /** Defaults to today in the current year, to the year's last day otherwise. */
  @ApiPropertyOptional({ example: '2022-01-31', description: "Defaults to today in the current year, to the year's last day otherwise" })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

/** The report as a download: .xlsx (every table, a sheet each) or CSV with a BOM (one table). */
export class ExecutionExportQuery extends ExecutionReportQuery {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], description: '.xlsx when left out' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'], { message: 'format: xlsx 또는 csv여야 합니다 / format must be xlsx or csv' })
  format?: 'xlsx' | 'csv';

  /** CSV holds one table; .xlsx holds all four, a sheet each. */
  @ApiPropertyOptional({
    enum: EXECUTION_REPORT_TABLES,
    enumName: 'ExecutionReportTable',
    description: 'The table a CSV holds (expenditure when left out); .xlsx holds all four',
  })
  @IsOptional()
  @IsIn(EXECUTION_REPORT_TABLES, {
    message: `table: ${EXECUTION_REPORT_TABLES.join(', ')} 중 하나여야 합니다 / table must be one of ${EXECUTION_REPORT_TABLES.join(', ')}`,
  })
  table?: ExecutionReportTable;
}
