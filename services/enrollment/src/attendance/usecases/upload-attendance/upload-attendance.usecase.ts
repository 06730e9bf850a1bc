import { seoulToday } from '@baeum/calendar';
import { AuthUser, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { cohortNotFound } from '../../../cohorts/cohort-rules';
import { readAttendanceSheet } from '../../attendance-sheet';
import { attendanceSheet, writeMarks } from '../../attendance.queries';

/** An uploaded attendance sheet of the institute's cohort, as its cells (the upload already read). */
export interface UploadAttendanceCommand {
  actor: AuthUser;
  cohortId: string;
  rows: string[][];
}

/** 출석부 올리기: the sheet as the export writes it, all or nothing; answers how many marks it recorded. */
@Injectable()
export class UploadAttendanceUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute({ actor, cohortId, rows }: UploadAttendanceCommand): Promise<{ recorded: number }> {
    return this.dataSource.transaction(async (tx) => {
      const sheet = await attendanceSheet(tx, actor.tenantId, cohortId);
      if (!sheet) throw cohortNotFound();
      const { entries, errors } = readAttendanceSheet(rows, sheet.days, seoulToday(), sheet.roster);
      if (errors.length > 0) throw invalidInput(errors);
      await writeMarks(tx, actor.userId, cohortId, entries);
      return { recorded: entries.filter((e) => e.mark !== null).length };
    });
  }
}
