import { TRAINEE_AGENCY_CODE, TRAINEE_EMPLOYEE_NO } from '@baeum/api';
import { isCalendarDate } from '@baeum/calendar';
import { Problem, textProblems } from '../uploads';

export interface CompletionRow {
  courseCode: string;
  agencyCode: string;
  employeeNo: string;
  name: string;
  completedOn: string;
  progress: number | null;
}

/** Headings of an LMS completion file, Korean or English. */
const HEADINGS: Record<keyof CompletionRow, string[]> = {
  courseCode: ['과정코드', 'coursecode'],
  agencyCode: ['기관코드', 'agencycode'],
  employeeNo: ['직원번호', 'employeeno'],
  name: ['성명', '이름', 'name'],
  completedOn: ['수료일', 'completedon', 'completiondate'],
  progress: ['진도율', 'progress', 'progresspercent'],
};
const REQUIRED: (keyof CompletionRow)[] = ['courseCode', 'agencyCode', 'employeeNo', 'name', 'completedOn'];
const normal = (heading: string) =>
  heading
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .replace(/[\s_/-]/g, '');

export type Columns = Record<keyof CompletionRow, number>;

/** The columns of each field, or what is missing. */
export function completionColumns(heading: string[]): { columns: Columns } | { missing: string[] } {
  const names = heading.map(normal);
  const columns = Object.fromEntries(
    Object.entries(HEADINGS).map(([key, known]) => [key, names.findIndex((n) => known.includes(n))]),
  ) as Columns;
  const missing = REQUIRED.filter((key) => columns[key] < 0).map((key) => `${HEADINGS[key][0]} (${key})`);
  return missing.length > 0 ? { missing } : { columns };
}

/** The keys of the columns `completionColumns` names as missing. */
export const missingKeys = (missing: string[]): string[] => missing.map((label) => /\((\w+)\)$/.exec(label)?.[1] ?? label);

/** One row checked: the row, or every problem it is refused for, each with its code. */
export function checkCompletionRow(
  record: string[],
  columns: Columns,
  courses: Set<string>,
  agencies: Set<string>,
  today: string,
): CompletionRow | Problem[] {
  const cell = (key: keyof CompletionRow) => (columns[key] >= 0 ? (record[columns[key]] ?? '').trim() : '');
  // A NUL or bytes that were not UTF-8 are refused on their row; the database could not store them.
  const problems: Problem[] = textProblems(record, (index) => Object.entries(columns).find(([, at]) => at === index)?.[0]);
  const courseCode = cell('courseCode');
  if (!courses.has(courseCode))
    problems.push({
      field: 'courseCode',
      code: 'SHEET.UNKNOWN_COURSE',
      params: { courseCode },
      message: `알 수 없는 과정 코드 "${courseCode}" / unknown course code "${courseCode}"`,
    });
  const agencyCode = cell('agencyCode');
  if (!TRAINEE_AGENCY_CODE.test(agencyCode) || !agencies.has(agencyCode))
    problems.push({
      field: 'agencyCode',
      code: 'SHEET.UNKNOWN_AGENCY',
      params: { agencyCode },
      message: `알 수 없는 기관 코드 "${agencyCode}" / unknown agency code "${agencyCode}"`,
    });
  const employeeNo = cell('employeeNo');
  if (!TRAINEE_EMPLOYEE_NO.test(employeeNo))
    problems.push({
      field: 'employeeNo',
      code: 'VALIDATION.FORMAT',
      message: '직원번호는 영문, 숫자, - 30자 이내입니다 / employeeNo must be letters, digits and - (at most 30)',
    });
  const name = cell('name');
  if (!name || name.length > 50)
    problems.push({
      field: 'name',
      code: 'VALIDATION.LENGTH',
      params: { min: 1, max: 50 },
      message: '성명은 1~50자입니다 / name must be 1 to 50 characters',
    });
  const completedOn = cell('completedOn');
  if (!isCalendarDate(completedOn))
    problems.push({
      field: 'completedOn',
      code: 'VALIDATION.DATE',
      params: { value: completedOn },
      message: `수료일 "${completedOn}": 날짜(YYYY-MM-DD)가 아닙니다 / completedOn "${completedOn}" is not a date (YYYY-MM-DD)`,
    });
  else if (completedOn > today)
    problems.push({
      field: 'completedOn',
      code: 'SHEET.FUTURE_DATE',
      params: { date: completedOn, today },
      message: `수료일 ${completedOn}: 아직 오지 않은 날입니다 / completedOn ${completedOn} is in the future`,
    });
  const rawProgress = cell('progress');
  const progress = rawProgress === '' ? null : Number(rawProgress);
  if (progress !== null && !(Number.isInteger(progress) && progress >= 0 && progress <= 100)) {
    const code = !Number.isInteger(progress) ? 'VALIDATION.INTEGER' : progress < 0 ? 'VALIDATION.MIN' : 'VALIDATION.MAX';
    problems.push({
      field: 'progress',
      code,
      params: { value: rawProgress, min: 0, max: 100 },
      message: `진도율 "${rawProgress}": 0~100의 정수여야 합니다 / progress "${rawProgress}" must be a whole number from 0 to 100`,
    });
  }
  return problems.length > 0 ? problems : { courseCode, agencyCode, employeeNo, name, completedOn, progress };
}

/** One row checked: the row, or every reason it is refused (as text). */
export function readCompletionRow(
  record: string[],
  columns: Columns,
  courses: Set<string>,
  agencies: Set<string>,
  today: string,
): CompletionRow | string[] {
  const row = checkCompletionRow(record, columns, courses, agencies, today);
  return Array.isArray(row) ? row.map((p) => p.message) : row;
}
