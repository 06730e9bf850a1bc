import { ExecutionExportQuery, ExecutionReportQuery, ExecutionReportView, ProgrammePlanReportView } from '@baeum/api';
import { sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { bookNotFound } from '../shared/errors';
import { currentFiscalYear, seoulDate } from '@baeum/calendar';
import { READERS } from '../shared/roles';
import { buildExecutionReport, ExecutionReport } from './execution-report';
import { buildProgrammePlans } from './programme-plans';
import { loadProgrammePlans, loadReportData } from './reports.queries';
import { REPORT_TABLES, ReportTable, reportSheets } from './report-sheets';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BINARY = { type: 'string', format: 'binary' } as const;

const TABLE_NAMES: Record<ReportTable, string> = { expenditure: '세출', revenue: '세입', quarterly: '분기별', monthly: '월별' };

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly dataSource: DataSource) {}

  /** 예산 집행 현황: the source's expenditure table, the revenue table, plan against actual, month by month. */
  @Get('execution')
  @Roles(...READERS)
  @ApiOkResponse({ type: ExecutionReportView })
  execution(@CurrentUser() user: AuthUser, @Query() query: ExecutionReportQuery): Promise<ExecutionReportView> {
    return this.report(user, query);
  }

  /**
   * 사업별 분기 계획: the work report's programmes planned per quarter apart from their lines' rows
   * (2-7's international training on its fund, 3-3's facility projects), beside what was booked.
   */
  @Get('programme-plans')
  @Roles(...READERS)
  @ApiOkResponse({ type: ProgrammePlanReportView })
  async programmePlans(@CurrentUser() user: AuthUser, @Query() query: ExecutionReportQuery): Promise<ProgrammePlanReportView> {
    const asOf = this.asOf(query);
    const rows = await loadProgrammePlans(this.dataSource, user.tenantId, query.fiscalYear, asOf);
    return buildProgrammePlans(query.fiscalYear, asOf, rows);
  }

  /** The report as .xlsx (every table, a sheet each) or CSV with a BOM (one table). */
  @Get('execution/export')
  @Roles(...READERS)
  @ApiProduces(XLSX, 'text/csv')
  @ApiOkResponse({
    description: '.xlsx or CSV (UTF-8 with BOM), as an attachment',
    content: { [XLSX]: { schema: BINARY }, 'text/csv': { schema: BINARY } },
  })
  async export(@CurrentUser() user: AuthUser, @Query() query: ExecutionExportQuery, @Res() res: Response): Promise<void> {
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

  private async report(user: AuthUser, query: ExecutionReportQuery): Promise<ExecutionReport> {
    const asOf = this.asOf(query);
    const data = await loadReportData(this.dataSource, user.tenantId, query.fiscalYear, asOf);
    if (!data) throw bookNotFound(query.fiscalYear);
    return buildExecutionReport(data);
  }

  /** The date a report is as of: the one asked, today in the current year, the year's last day otherwise. */
  private asOf(query: ExecutionReportQuery): string {
    return query.asOf ?? (query.fiscalYear === currentFiscalYear() ? seoulDate() : `${query.fiscalYear}-12-31`);
  }
}
