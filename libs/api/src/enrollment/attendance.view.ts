import { ApiProperty } from '@nestjs/swagger';
import { EnrollmentCohortView } from './cohort.view';
import { ATTENDANCE_MARKS, AttendanceMark, COMPLETION_STATUSES, CompletionStatus } from './enums';

/** One confirmed trainee's row of the attendance sheet. */
export class AttendanceSheetRowView {
  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({ example: '김서울' })
  traineeName: string;

  @ApiProperty({ example: 'MAPO-GU' })
  agencyCode: string;

  @ApiProperty({ type: String, nullable: true })
  employeeNo: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: [...ATTENDANCE_MARKS] },
    description: 'The mark of each day marked, by date (YYYY-MM-DD)',
    example: { '2027-03-02': 'present', '2027-03-03': 'late' },
  })
  marks: Record<string, AttendanceMark>;

  @ApiProperty({ description: 'Attended days (present, late, excused) in percent of the training days, rounded down' })
  attendancePercent: number;

  @ApiProperty({ enum: COMPLETION_STATUSES, enumName: 'CompletionStatus', nullable: true })
  completionStatus: CompletionStatus | null;
}

/** 출석부: a cohort's training days and every confirmed trainee's marks. */
export class AttendanceSheetView {
  @ApiProperty({ type: EnrollmentCohortView })
  cohort: EnrollmentCohortView;

  @ApiProperty({ type: [String], description: 'The training days (YYYY-MM-DD): weekdays, or the weekend days of a weekend cohort' })
  days: string[];

  @ApiProperty({ format: 'date', description: 'Today in Asia/Seoul: later days cannot be marked yet' })
  today: string;

  @ApiProperty({ type: [AttendanceSheetRowView] })
  rows: AttendanceSheetRowView[];
}

/** An uploaded attendance sheet, taken whole. */
export class AttendanceUploadResultView {
  @ApiProperty({ description: 'Marks recorded (cleared days not counted)' })
  recorded: number;
}
