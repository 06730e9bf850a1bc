import {
  ApiEnrollmentSheetResponse,
  ApiEnrollmentSheetUpload,
  AttendanceEntriesDto,
  AttendanceSheetView,
  AttendanceUploadResultView,
  SheetFormatQuery,
} from '@baeum/api';
import { sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { seoulToday } from '@baeum/calendar';
import { cohortNotFound } from '../cohorts/cohort-rules';
import { cohortView } from '../cohorts/cohort.view';
import { uploadedRows } from '../uploads';
import { MARK_LABELS, SHEET_HEAD } from './attendance-sheet';
import { attendanceSheet } from './attendance.queries';
import { RecordAttendanceUseCase } from './usecases/record-attendance/record-attendance.usecase';
import { UploadAttendanceUseCase } from './usecases/upload-attendance/upload-attendance.usecase';

/** 출석부: a course manager's attendance sheet of a cohort, entered on the page or uploaded as a sheet. */
@ApiTags('attendance')
@ApiBearerAuth()
@Roles('course_manager', 'admin')
@Controller('cohorts/:cohortId/attendance')
export class AttendanceController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recordAttendance: RecordAttendanceUseCase,
    private readonly uploadAttendance: UploadAttendanceUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: AttendanceSheetView })
  async sheet(@CurrentUser() user: AuthUser, @Param('cohortId', new ParseUUIDPipe()) cohortId: string): Promise<AttendanceSheetView> {
    const { cohort, days, rows } = await this.load(user, cohortId);
    return { cohort: cohortView(cohort), days, today: seoulToday(), rows };
  }

  @Put()
  @ApiOkResponse({ type: AttendanceSheetView })
  async record(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', new ParseUUIDPipe()) cohortId: string,
    @Body() body: AttendanceEntriesDto,
  ): Promise<AttendanceSheetView> {
    await this.recordAttendance.execute({ actor: user, cohortId, entries: body.entries });
    return this.sheet(user, cohortId);
  }

  /** The sheet as the export writes it (.xlsx or .csv), all or nothing. */
  @Post('import')
  @ApiEnrollmentSheetUpload()
  @ApiCreatedResponse({ type: AttendanceUploadResultView })
  async upload(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', new ParseUUIDPipe()) cohortId: string,
    @Req() req: Request,
    @Headers('x-file-name') fileName = '',
  ): Promise<AttendanceUploadResultView> {
    const rows = await uploadedRows(req, fileName);
    return this.uploadAttendance.execute({ actor: user, cohortId, rows });
  }

  @Get('export')
  @ApiEnrollmentSheetResponse('출석부 / the attendance sheet as a file, in the shape an upload reads')
  async export(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', new ParseUUIDPipe()) cohortId: string,
    @Query() query: SheetFormatQuery,
    @Res() res: Response,
  ): Promise<void> {
    const { cohort, days, rows } = await this.load(user, cohortId);
    const table = [
      [...SHEET_HEAD, ...days, '출석률 (%)'],
      ...rows.map((r) => [
        r.applicationId,
        r.traineeName,
        r.agencyCode,
        ...days.map((d) => (r.marks[d] ? MARK_LABELS[r.marks[d]] : '')),
        r.attendancePercent,
      ]),
    ];
    const name = `출석부_${cohort.courseCode ?? cohort.cohortId}_${cohort.startDate}`;
    if (query.format === 'csv') sendFile(res, toCsv(table), `${name}.csv`, 'csv');
    else
      sendFile(
        res,
        await toXlsx([{ name: '출석부', rows: table, widths: [38, 12, 18, ...days.map(() => 12), 10] }]),
        `${name}.xlsx`,
        'xlsx',
      );
  }

  private async load(user: AuthUser, cohortId: string) {
    const sheet = await this.dataSource.transaction((tx) => attendanceSheet(tx, user.tenantId, cohortId));
    if (!sheet) throw cohortNotFound();
    return sheet;
  }
}
