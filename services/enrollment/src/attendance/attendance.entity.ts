import { AttendanceMark } from '@baeum/api';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export { ATTENDANCE_MARKS, AttendanceMark } from '@baeum/api';
/** Marks that count as attended: a late arrival and an excused absence (공결) are recognised attendance. */
export const ATTENDED: readonly AttendanceMark[] = ['present', 'late', 'excused'];

/** Attended days (present, late, excused) as a whole percentage of the training days, rounded down. */
export function attendancePercent(marks: AttendanceMark[], trainingDays: number): number {
  if (trainingDays === 0) return 0;
  return Math.floor((marks.filter((m) => ATTENDED.includes(m)).length * 100) / trainingDays);
}

/** One trainee's attendance on one training day. */
@Entity({ name: 'attendance' })
@Index('IDX_attendance_cohort', ['cohortId'])
export class Attendance {
  @PrimaryColumn('uuid', { name: 'application_id' })
  applicationId: string;

  @PrimaryColumn('date')
  day: string;

  @Column('uuid', { name: 'cohort_id' })
  cohortId: string;

  @Column('text')
  mark: AttendanceMark;

  @Column('uuid', { name: 'recorded_by' })
  recordedBy: string;

  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' })
  recordedAt: Date;
}
