import { sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { bookNotFound } from '../budget-book/book-lookup';
import { currentFiscalYear, seoulDate } from '../calendar/business-dates';
import { READERS } from '../roles';
import { IsBusinessDate, IsFiscalYear } from '../validation';
import { buildExecutionReport, ExecutionReport } from './execution-report';
import { loadReportData } from './report-data';
import { REPORT_TABLES, ReportTable, reportSheets } from './report-sheets';

export class ReportQuery {
  @IsFiscalYear()
  fiscalYear: number;

  /** Defaults to today in the current year, to the year's last day otherwise. */
  @ApiPropertyOptional({ example: '2022-01-31' })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

export class ExportQuery extends ReportQuery {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'] })
  @IsOptional()
  @IsIn(['xlsx', 'csv'], { message: 'format: xlsx 또는 csv여야 합니다 / format must be xlsx or csv' })
  format?: 'xlsx' | 'csv';

  /** CSV holds one table; .xlsx holds all four, a sheet each. */
  @ApiPropertyOptional({ enum: REPORT_TABLES })
  @IsOptional()
  @IsIn(REPORT_TABLES, { message: `table: ${REPORT_TABLES.join(', ')} 중 하나여야 합니다 / table must be one of ${REPORT_TABLES.join(', ')}` })
  table?: ReportTable;
}

const TABLE_NAMES: Record<ReportTable, string> = { expenditure: '세출', revenue: '세입', quarterly: '분기별', monthly: '월별' };

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly dataSource: DataSource) {}

  /** 예산 집행 현황: the source's expenditure table, the revenue table, plan against actual, month by month. */
  @Get('execution')
  @Roles(...READERS)
  execution(@CurrentUser() user: AuthUser, @Query() query: ReportQuery): Promise<ExecutionReport> {
    return this.report(user, query);
  }

  @Get('execution/export')
  @Roles(...READERS)
  async export(@CurrentUser() user: AuthUser, @Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    const report = await this.report(user, query);
    const sheets = reportSheets(report);
    const base = `예산집행현황_${report.fiscalYear}_${report.asOf}`;
    if (query.format === 'csv') {
      const table = query.table ?? 'expenditure';
      sendFile(res, toCsv(sheets[table].rows), `${base}_${TABLE_NAMES[table]}.csv`, 'csv');
      return;
    }
    sendFile(res, await toXlsx(REPORT_TABLES.map((t) => sheets[t])), `${base}.xlsx`, 'xlsx');
  }

  private async report(user: AuthUser, query: ReportQuery): Promise<ExecutionReport> {
    const asOf = query.asOf ?? (query.fiscalYear === currentFiscalYear() ? seoulDate() : `${query.fiscalYear}-12-31`);
    const data = await loadReportData(this.dataSource, user.tenantId, query.fiscalYear, asOf);
    if (!data) throw bookNotFound(query.fiscalYear);
    return buildExecutionReport(data);
  }
}
