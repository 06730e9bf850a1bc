import {
  ApiEnrollmentSheetResponse,
  ApiEnrollmentSheetUpload,
  AttendanceEntriesDto,
  AttendanceSheetView,
  AttendanceUploadResultView,
  SheetFormatQuery,
} from '@baeum/api';
import { sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuthUser, CurrentUser, FieldError, fieldError, invalidInput, notFound, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { seoulToday, trainingDays } from '@baeum/calendar';
import { Cohort } from '../cohorts/cohort.entity';
import { cohortView } from '../cohorts/cohort.view';
import { attendancePercent } from '../completion/completions';
import { COHORT_NOT_FOUND } from '../applications/usecases/submit-application/submit-application.usecase';
import { uploadedRows } from '../uploads';
import { AttendanceEntry, MARK_LABELS, readAttendanceSheet, SHEET_HEAD } from './attendance-sheet';
import { Attendance, AttendanceMark } from './attendance.entity';

/** 출석부: a course manager's attendance sheet of a cohort, entered on the page or uploaded as a sheet. */
@ApiTags('attendance')
@ApiBearerAuth()
@Roles('course_manager', 'admin')
@Controller('cohorts/:cohortId/attendance')
export class AttendanceController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: AttendanceSheetView })
  async sheet(@CurrentUser() user: AuthUser, @Param('cohortId', new ParseUUIDPipe()) cohortId: string): Promise<AttendanceSheetView> {
    const { cohort, days, rows } = await this.dataSource.transaction((tx) => this.load(tx, user, cohortId));
    return { cohort: cohortView(cohort), days, today: seoulToday(), rows };
  }

  @Put()
  @ApiOkResponse({ type: AttendanceSheetView })
  async record(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', new ParseUUIDPipe()) cohortId: string,
    @Body() body: AttendanceEntriesDto,
  ): Promise<AttendanceSheetView> {
    await this.dataSource.transaction(async (tx) => {
      const { days, roster } = await this.load(tx, user, cohortId);
      const today = seoulToday();
      const errors: FieldError[] = [];
      body.entries.forEach((e, i) => {
        if (!roster.has(e.applicationId))
          errors.push(
            fieldError(
              `entries[${i}].applicationId`,
              'ATTENDANCE.NOT_ON_ROSTER',
              { applicationId: e.applicationId },
              '확정된 교육생이 아닙니다 / not a confirmed trainee of this cohort',
            ),
          );
        if (!days.includes(e.day))
          errors.push(
            fieldError(
              `entries[${i}].day`,
              'ATTENDANCE.NOT_A_TRAINING_DAY',
              { day: e.day },
              '이 기수의 교육일이 아닙니다 / not a training day of this cohort',
            ),
          );
        else if (e.mark !== null && e.day > today)
          errors.push(
            fieldError(
              `entries[${i}].day`,
              'ATTENDANCE.DAY_NOT_COME',
              { day: e.day, today },
              '아직 오지 않은 날입니다 / that day has not come yet',
            ),
          );
      });
      if (errors.length > 0) throw invalidInput(errors);
      await this.store(tx, user, cohortId, body.entries);
    });
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
    const recorded = await this.dataSource.transaction(async (tx) => {
      const { days, roster } = await this.load(tx, user, cohortId);
      const { entries, errors } = readAttendanceSheet(rows, days, seoulToday(), roster);
      if (errors.length > 0) throw invalidInput(errors);
      await this.store(tx, user, cohortId, entries);
      return entries.filter((e) => e.mark !== null).length;
    });
    return { recorded };
  }

  @Get('export')
  @ApiEnrollmentSheetResponse('출석부 / the attendance sheet as a file, in the shape an upload reads')
  async export(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', new ParseUUIDPipe()) cohortId: string,
    @Query() query: SheetFormatQuery,
    @Res() res: Response,
  ): Promise<void> {
    const { cohort, days, rows } = await this.dataSource.transaction((tx) => this.load(tx, user, cohortId));
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

  private async load(tx: EntityManager, user: AuthUser, cohortId: string) {
    const cohort = await tx.findOne(Cohort, { where: { cohortId, tenantId: user.tenantId } });
    if (!cohort) throw notFound('ENROLLMENT_COHORT.NOT_FOUND', { message: COHORT_NOT_FOUND });
    const days = trainingDays(cohort.startDate, cohort.endDate);
    const confirmed = await tx.find(Application, { where: { cohortId, status: 'confirmed' }, order: { traineeName: 'ASC' } });
    const marks = new Map<string, Record<string, AttendanceMark>>();
    for (const a of await tx.find(Attendance, { where: { cohortId } }))
      marks.set(a.applicationId, { ...marks.get(a.applicationId), [a.day]: a.mark });
    const rows = confirmed.map((app) => {
      const own = marks.get(app.id) ?? {};
      return {
        applicationId: app.id,
        traineeName: app.traineeName,
        agencyCode: app.agencyCode,
        employeeNo: app.employeeNo,
        marks: own,
        attendancePercent: attendancePercent(Object.values(own), days.length),
        completionStatus: app.completionStatus,
      };
    });
    return { cohort, days, rows, roster: new Set(confirmed.map((a) => a.id)) };
  }

  private async store(tx: EntityManager, user: AuthUser, cohortId: string, entries: AttendanceEntry[]) {
    const marked = entries.filter((e) => e.mark !== null);
    const cleared = entries.filter((e) => e.mark === null);
    if (marked.length > 0) {
      await tx.query(
        `INSERT INTO enrollment.attendance (application_id, day, cohort_id, mark, recorded_by, recorded_at)
         SELECT a, d, $3, m, $4, now() FROM unnest($1::uuid[], $2::date[], $5::text[]) AS t(a, d, m)
         ON CONFLICT (application_id, day) DO UPDATE SET mark = EXCLUDED.mark, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
        [marked.map((e) => e.applicationId), marked.map((e) => e.day), cohortId, user.userId, marked.map((e) => e.mark)],
      );
    }
    if (cleared.length > 0) {
      await tx.query(`DELETE FROM enrollment.attendance WHERE (application_id, day) IN (SELECT * FROM unnest($1::uuid[], $2::date[]))`, [
        cleared.map((e) => e.applicationId),
        cleared.map((e) => e.day),
      ]);
    }
  }
}
