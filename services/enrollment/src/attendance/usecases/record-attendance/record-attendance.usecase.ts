import { seoulToday } from '@baeum/calendar';
import { AuthUser, FieldError, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { cohortNotFound } from '../../../cohorts/cohort-rules';
import type { AttendanceEntry } from '../../attendance-sheet';
import { attendanceSheet, writeMarks } from '../../attendance.queries';

/** Marks entered on the page for the institute's cohort: a mark, or null to clear the day. */
export interface RecordAttendanceCommand {
  actor: AuthUser;
  cohortId: string;
  entries: AttendanceEntry[];
}

/**
 * 출석 입력: every entry names a confirmed trainee of the cohort and one of its training days, and
 * a mark only for a day that has come; any bad entry refuses them all (each named by its index).
 */
@Injectable()
export class RecordAttendanceUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute({ actor, cohortId, entries }: RecordAttendanceCommand): Promise<void> {
    return this.dataSource.transaction(async (tx) => {
      const sheet = await attendanceSheet(tx, actor.tenantId, cohortId);
      if (!sheet) throw cohortNotFound();
      const { days, roster } = sheet;
      const today = seoulToday();
      const errors: FieldError[] = [];
      entries.forEach((e, i) => {
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
      await writeMarks(tx, actor.userId, cohortId, entries);
    });
  }
}
