import { trainingDays } from '@baeum/calendar';
import type { EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { holidaysOf } from '../institute-calendar/institute-calendar.queries';
import { Cohort } from '../cohorts/cohort.entity';
import type { AttendanceEntry } from './attendance-sheet';
import { Attendance, AttendanceMark, attendancePercent } from './attendance.entity';

/** Reads and writes of the attendance sheet (출석부). */

/**
 * The institute's cohort with its training days (weekdays but the institute's own holidays) and one row per confirmed trainee (by name): their
 * marks and attendance so far; `roster` holds the confirmed applications' ids. Null when the
 * cohort is unknown or another institute's.
 */
export async function attendanceSheet(tx: EntityManager, tenantId: string, cohortId: string) {
  const cohort = await tx.findOne(Cohort, { where: { cohortId, tenantId } });
  if (!cohort) return null;
  // The institute's holidays are the cohort's institute's, whichever province its trainees come from.
  const days = trainingDays(cohort.startDate, cohort.endDate, await holidaysOf(tx, cohort.tenantId));
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
      attendancePercent: attendancePercent(
        days.flatMap((d) => own[d] ?? []),
        days.length,
      ),
      completionStatus: app.completionStatus,
    };
  });
  return { cohort, days, rows, roster: new Set(confirmed.map((a) => a.id)) };
}

/** Writes the entries: a mark is set (or replaced), a null mark clears the day. */
export async function writeMarks(tx: EntityManager, recordedBy: string, cohortId: string, entries: AttendanceEntry[]): Promise<void> {
  const marked = entries.filter((e) => e.mark !== null);
  const cleared = entries.filter((e) => e.mark === null);
  if (marked.length > 0) {
    await tx.query(
      `INSERT INTO enrollment.attendance (application_id, day, cohort_id, mark, recorded_by, recorded_at)
       SELECT a, d, $3, m, $4, now() FROM unnest($1::uuid[], $2::date[], $5::text[]) AS t(a, d, m)
       ON CONFLICT (application_id, day) DO UPDATE SET mark = EXCLUDED.mark, recorded_by = EXCLUDED.recorded_by, ` +
        `recorded_at = EXCLUDED.recorded_at`,
      [marked.map((e) => e.applicationId), marked.map((e) => e.day), cohortId, recordedBy, marked.map((e) => e.mark)],
    );
  }
  if (cleared.length > 0) {
    await tx.query(`DELETE FROM enrollment.attendance WHERE (application_id, day) IN (SELECT * FROM unnest($1::uuid[], $2::date[]))`, [
      cleared.map((e) => e.applicationId),
      cleared.map((e) => e.day),
    ]);
  }
}
