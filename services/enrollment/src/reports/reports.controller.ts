import { AgencyReportQuery, AgencyTrainingReportView, ApiEnrollmentSheetResponse, ResultsYearQuery, TrainingResultsView } from '@baeum/api';
import { Cell, sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuthUser, CurrentUser, fieldError, invalidInput, Roles } from '@baeum/service-kit';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { agencyReport, resultsReport } from './reports.queries';

const ROW_LABELS = { total: '전체 (Total)', general: '일반교육 (General)', e_learning: 'e-러닝 (E-learning)' } as const;

async function send(res: Response, format: 'xlsx' | 'csv' | undefined, name: string, rows: Cell[][], widths: number[]) {
  if (format === 'csv') sendFile(res, toCsv(rows), `${name}.csv`, 'csv');
  else sendFile(res, await toXlsx([{ name: name.slice(0, 31), rows, widths }]), `${name}.xlsx`, 'xlsx');
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly dataSource: DataSource) {}

  /** 교육훈련 실적: plan against actual by category, with satisfaction (the source's 2021 table). */
  @Get('results')
  @Roles('course_manager', 'planner', 'admin')
  @ApiOkResponse({ type: TrainingResultsView })
  async results(@CurrentUser() user: AuthUser, @Query() query: ResultsYearQuery): Promise<TrainingResultsView> {
    return this.dataSource.transaction((tx) => resultsReport(tx, user.tenantId, query.year));
  }

  @Get('results/export')
  @Roles('course_manager', 'planner', 'admin')
  @ApiEnrollmentSheetResponse('교육훈련 실적 / the results table as a file')
  async resultsExport(@CurrentUser() user: AuthUser, @Query() query: ResultsYearQuery, @Res() res: Response): Promise<void> {
    const report = await this.dataSource.transaction((tx) => resultsReport(tx, user.tenantId, query.year));
    const rows: Cell[][] = [
      [
        '구분 (Category)',
        '계획 당초 과정 (Planned, original: courses)',
        '계획 당초 인원 (trainees)',
        '계획 변경 과정 (Planned, changed: courses)',
        '계획 변경 인원 (trainees)',
        '실적 과정 (Actual: courses)',
        '실적 인원 (trainees)',
        '만족도 (Satisfaction)',
      ],
      ...report.rows.map((r) => [
        ROW_LABELS[r.id],
        r.planOriginal?.courses,
        r.planOriginal?.trainees,
        r.planChanged?.courses,
        r.planChanged?.trainees,
        r.actual.courses,
        r.actual.trainees,
        r.satisfaction,
      ]),
      [],
      [
        '전체 만족도: 일반교육과 e-러닝 점수의 단순 평균 (Overall: plain mean of the two, as the source computes it)',
        report.overall.plainMeanOfTypes,
      ],
      ['전체 만족도: 수료 인원 가중 평균 (Overall: weighted by trainees completed)', report.overall.traineeWeighted],
    ];
    await send(res, query.format, `교육훈련실적_${query.year}`, rows, [30, 14, 14, 14, 14, 14, 14, 12]);
  }

  /** One agency's staff in a year; an agency admin sees their own agency only. */
  @Get('agency')
  @Roles('agency_admin', 'course_manager', 'planner', 'admin')
  @ApiOkResponse({ type: AgencyTrainingReportView })
  async agency(@CurrentUser() user: AuthUser, @Query() query: AgencyReportQuery): Promise<AgencyTrainingReportView> {
    return this.dataSource.transaction((tx) => agencyReport(tx, user.tenantId, this.agencyOf(user, query), query.year));
  }

  @Get('agency/export')
  @Roles('agency_admin', 'course_manager', 'planner', 'admin')
  @ApiEnrollmentSheetResponse("기관별 실적 / one agency's year as a file")
  async agencyExport(@CurrentUser() user: AuthUser, @Query() query: AgencyReportQuery, @Res() res: Response): Promise<void> {
    const report = await this.dataSource.transaction((tx) => agencyReport(tx, user.tenantId, this.agencyOf(user, query), query.year));
    const rows: Cell[][] = [
      [
        '과정 코드 (Course)',
        '과정명 (Name)',
        '구분 (Type)',
        '신청 (Applied)',
        '확정 (Confirmed)',
        '대기 (Waitlisted)',
        '취소·반려 (Cancelled)',
        '수료 (Completed)',
        '미수료 (Not completed)',
      ],
      ...report.courses.map(
        (c) =>
          [
            c.courseCode,
            c.courseNameKo,
            c.educationType,
            c.applied,
            c.confirmed,
            c.waitlisted,
            c.cancelled,
            c.completed,
            c.notCompleted,
          ] as Cell[],
      ),
      ...report.importedCompletions.map(
        (c) => [c.courseCode, '(LMS 수료 기록 / LMS records)', '', '', '', '', '', c.completed, ''] as Cell[],
      ),
    ];
    await send(res, query.format, `기관별실적_${report.agencyCode}_${query.year}`, rows, [16, 30, 12, 10, 10, 10, 12, 10, 12]);
  }

  private agencyOf(user: AuthUser, query: AgencyReportQuery): string {
    if (user.role === 'agency_admin') return user.agencyCode!;
    if (!query.agencyCode)
      throw invalidInput([fieldError('agencyCode', 'VALIDATION.REQUIRED', undefined, '기관을 고르세요 / choose an agency')]);
    return query.agencyCode;
  }
}
