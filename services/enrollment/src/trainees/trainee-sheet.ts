import { TRAINEE_AGENCY_CODE, TRAINEE_EMPLOYEE_NO } from '@baeum/api';
import { type FieldError, fieldError } from '@baeum/service-kit';
import { lineError, Problem, textProblems } from '../uploads';

export interface TraineeRow {
  line: number;
  agencyCode: string;
  employeeNo: string;
  name: string;
  grade: string | null;
  position: string | null;
  jobSeries: string | null;
}

/** Column headings an import understands, Korean or English. */
const HEADINGS: Record<keyof Omit<TraineeRow, 'line'>, string[]> = {
  agencyCode: ['기관코드', 'agencycode', 'agency'],
  employeeNo: ['직원번호', 'employeeno', 'staffno'],
  name: ['성명', '이름', 'name'],
  grade: ['직급', 'grade'],
  position: ['직위', 'position'],
  jobSeries: ['직렬', 'jobseries'],
};
/** `직원번호 (employee no)` and `employee_no` both read as one heading. */
const normal = (heading: string) =>
  heading
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .replace(/[\s_/-]/g, '');

/**
 * Reads a trainee list (.xlsx or CSV rows): a heading row, then one trainee per row. An agency
 * admin's sheet may leave out the agency column (it is theirs). Every bad row is named by its line.
 */
export function readTraineeSheet(
  rows: string[][],
  known: Set<string>,
  ownAgency: string | null,
): { trainees: TraineeRow[]; errors: FieldError[] } {
  const heading = (rows[0] ?? []).map(normal);
  const column = Object.fromEntries(
    Object.entries(HEADINGS).map(([key, names]) => [key, heading.findIndex((h) => names.includes(h))]),
  ) as Record<keyof typeof HEADINGS, number>;
  const missing = (['employeeNo', 'name', ...(ownAgency ? [] : ['agencyCode'])] as (keyof typeof HEADINGS)[]).filter(
    (key) => column[key] < 0,
  );
  if (missing.length > 0) {
    return {
      trainees: [],
      errors: [
        fieldError(
          'line 1',
          'SHEET.MISSING_COLUMNS',
          { line: 1, columns: missing },
          `필수 열이 없습니다: ${missing.map((m) => HEADINGS[m][0]).join(', ')} / missing columns: ${missing.join(', ')}`,
        ),
      ],
    };
  }
  const errors: FieldError[] = [];
  const trainees: TraineeRow[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    const cell = (key: keyof typeof HEADINGS) => (column[key] >= 0 ? (row[column[key]] ?? '').trim() : '');
    if (row.every((c) => !c?.trim())) return;
    const agencyCode = cell('agencyCode') || ownAgency || '';
    const problems: Problem[] = textProblems(row, (index) => Object.entries(column).find(([, at]) => at === index)?.[0]);
    if (!TRAINEE_AGENCY_CODE.test(agencyCode) || !known.has(agencyCode)) {
      problems.push({
        field: 'agencyCode',
        code: 'SHEET.UNKNOWN_AGENCY',
        params: { agencyCode },
        message: `알 수 없는 기관 코드 "${agencyCode}" / unknown agency code "${agencyCode}"`,
      });
    } else if (ownAgency && agencyCode !== ownAgency) {
      problems.push({
        field: 'agencyCode',
        code: 'SHEET.OTHER_AGENCY',
        params: { agencyCode },
        message: `다른 기관의 직원입니다 (${agencyCode}) / another agency's staff (${agencyCode})`,
      });
    }
    if (!TRAINEE_EMPLOYEE_NO.test(cell('employeeNo')))
      problems.push({
        field: 'employeeNo',
        code: 'VALIDATION.FORMAT',
        message: '직원번호는 영문, 숫자, - 30자 이내입니다 / employeeNo must be letters, digits and - (at most 30)',
      });
    if (!cell('name') || cell('name').length > 50)
      problems.push({
        field: 'name',
        code: 'VALIDATION.LENGTH',
        params: { min: 1, max: 50 },
        message: '성명은 1~50자입니다 / name must be 1 to 50 characters',
      });
    for (const key of ['grade', 'position', 'jobSeries'] as const) {
      if (cell(key).length > 30)
        problems.push({
          field: key,
          code: 'VALIDATION.MAX_LENGTH',
          params: { max: 30 },
          message: `${key}: 30자 이내로 입력하세요 / ${key} must be at most 30 characters`,
        });
    }
    const key = `${agencyCode}/${cell('employeeNo')}`;
    if (seen.has(key))
      problems.push({
        field: 'employeeNo',
        code: 'SHEET.DUPLICATE_ROW',
        params: { sameAs: seen.get(key)! },
        message: `${seen.get(key)}행과 같은 직원입니다 / the same person as line ${seen.get(key)}`,
      });
    seen.set(key, line);
    if (problems.length > 0) errors.push(lineError(line, problems));
    else
      trainees.push({
        line,
        agencyCode,
        employeeNo: cell('employeeNo'),
        name: cell('name'),
        grade: cell('grade') || null,
        position: cell('position') || null,
        jobSeries: cell('jobSeries') || null,
      });
  });
  if (trainees.length === 0 && errors.length === 0)
    errors.push(fieldError('file', 'SHEET.NO_ROWS', undefined, '교육생 행이 없습니다 / the file has no trainee rows'));
  return { trainees, errors };
}
