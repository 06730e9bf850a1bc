import { type FieldError, fieldError } from '@baeum/service-kit';
import { AttendanceMark } from './attendance.entity';

/** How marks read in a sheet: Korean first, as the export writes them; English and initials too. */
export const MARK_LABELS: Record<AttendanceMark, string> = { present: '출석', late: '지각', absent: '결석', excused: '공결' };
const READ_AS = new Map<string, AttendanceMark>(
  (Object.entries(MARK_LABELS) as [AttendanceMark, string][]).flatMap(
    ([mark, ko]) =>
      [
        [ko, mark],
        [mark, mark],
        [mark[0], mark],
      ] as [string, AttendanceMark][],
  ),
);

export interface AttendanceEntry {
  applicationId: string;
  day: string;
  /** null clears the day's mark. */
  mark: AttendanceMark | null;
}

export const SHEET_HEAD = ['신청번호 (application id)', '성명 (name)', '기관 (agency)'];

/**
 * Reads an attendance sheet as the export writes it: one row per trainee (application id first),
 * one column per training day. An empty cell clears that day. Every bad header, row and cell is
 * named by line and column; nothing is taken from a sheet with any of them.
 */
export function readAttendanceSheet(
  rows: string[][],
  days: string[],
  today: string,
  roster: Set<string>,
): { entries: AttendanceEntry[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const header = rows[0] ?? [];
  const columns: { index: number; day: string }[] = [];
  header.forEach((cell, index) => {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(cell.trim())?.[0];
    if (index < SHEET_HEAD.length || !cell.trim()) return;
    if (!day || !days.includes(day)) {
      errors.push(
        fieldError(
          `line 1, column ${index + 1}`,
          'ATTENDANCE.NOT_A_TRAINING_DAY',
          { line: 1, column: index + 1, day: cell },
          `"${cell}": 이 기수의 교육일이 아닙니다 / "${cell}" is not a training day of this cohort`,
        ),
      );
    } else columns.push({ index, day });
  });
  if (columns.length === 0 && errors.length === 0)
    errors.push(fieldError('line 1', 'SHEET.NO_DAY_COLUMNS', { line: 1 }, '교육일 열이 없습니다 / the sheet has no training-day columns'));
  const entries: AttendanceEntry[] = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.every((cell) => !cell?.trim())) return;
    const applicationId = row[0]?.trim() ?? '';
    if (!roster.has(applicationId)) {
      errors.push(
        fieldError(
          `line ${line}`,
          'ATTENDANCE.NOT_ON_ROSTER',
          { line, applicationId },
          `확정된 교육생의 신청번호가 아닙니다: "${applicationId}" / not the application id of a confirmed trainee: "${applicationId}"`,
        ),
      );
      return;
    }
    if (seen.has(applicationId))
      errors.push(
        fieldError(
          `line ${line}`,
          'SHEET.DUPLICATE_ROW',
          { line, applicationId },
          '같은 교육생이 두 번 있습니다 / the same trainee appears twice',
        ),
      );
    seen.add(applicationId);
    for (const { index, day } of columns) {
      const cell = (row[index] ?? '').trim();
      const mark = cell ? (READ_AS.get(cell.toLowerCase()) ?? READ_AS.get(cell)) : null;
      const field = `line ${line}, column ${index + 1}`;
      if (mark === undefined)
        errors.push(
          fieldError(
            field,
            'SHEET.UNKNOWN_MARK',
            { line, column: index + 1, value: cell },
            `"${cell}": 출석, 지각, 결석, 공결 중 하나여야 합니다 / "${cell}" must be one of present, late, absent, excused`,
          ),
        );
      else if (mark !== null && day > today)
        errors.push(
          fieldError(
            field,
            'ATTENDANCE.DAY_NOT_COME',
            { line, column: index + 1, day },
            `${day}: 아직 오지 않은 날입니다 / ${day} has not come yet`,
          ),
        );
      else entries.push({ applicationId, day, mark });
    }
  });
  return { entries, errors };
}
