import type { FieldError } from '@baeum/service-kit';
import { AGENCY_CODE, EMPLOYEE_NO } from './dto/trainee.dto';

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
const normal = (heading: string) => heading.replace(/\(.*?\)/g, '').toLowerCase().replace(/[\s_/-]/g, '');

/**
 * Reads a trainee list (.xlsx or CSV rows): a heading row, then one trainee per row. An agency
 * admin's sheet may leave out the agency column (it is theirs). Every bad row is named by its line.
 */
export function readTraineeSheet(rows: string[][], known: Set<string>, ownAgency: string | null): { trainees: TraineeRow[]; errors: FieldError[] } {
  const heading = (rows[0] ?? []).map(normal);
  const column = Object.fromEntries(Object.entries(HEADINGS).map(([key, names]) => [key, heading.findIndex((h) => names.includes(h))])) as Record<keyof typeof HEADINGS, number>;
  const missing = (['employeeNo', 'name', ...(ownAgency ? [] : ['agencyCode'])] as (keyof typeof HEADINGS)[]).filter((key) => column[key] < 0);
  if (missing.length > 0) return { trainees: [], errors: [{ field: 'line 1', messages: [`필수 열이 없습니다: ${missing.map((m) => HEADINGS[m][0]).join(', ')} / missing columns: ${missing.join(', ')}`] }] };
  const errors: FieldError[] = [];
  const trainees: TraineeRow[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    const cell = (key: keyof typeof HEADINGS) => (column[key] >= 0 ? (row[column[key]] ?? '').trim() : '');
    if (row.every((c) => !c?.trim())) return;
    const agencyCode = cell('agencyCode') || ownAgency || '';
    const problems: string[] = [];
    if (!AGENCY_CODE.test(agencyCode) || !known.has(agencyCode)) problems.push(`알 수 없는 기관 코드 "${agencyCode}" / unknown agency code "${agencyCode}"`);
    else if (ownAgency && agencyCode !== ownAgency) problems.push(`다른 기관의 직원입니다 (${agencyCode}) / another agency's staff (${agencyCode})`);
    if (!EMPLOYEE_NO.test(cell('employeeNo'))) problems.push('직원번호는 영문, 숫자, - 30자 이내입니다 / employeeNo must be letters, digits and - (at most 30)');
    if (!cell('name') || cell('name').length > 50) problems.push('성명은 1~50자입니다 / name must be 1 to 50 characters');
    for (const key of ['grade', 'position', 'jobSeries'] as const) if (cell(key).length > 30) problems.push(`${key}은(는) 30자 이내입니다 / ${key} must be at most 30 characters`);
    const key = `${agencyCode}/${cell('employeeNo')}`;
    if (seen.has(key)) problems.push(`${seen.get(key)}행과 같은 직원입니다 / the same person as line ${seen.get(key)}`);
    seen.set(key, line);
    if (problems.length > 0) errors.push({ field: `line ${line}`, messages: problems });
    else trainees.push({ line, agencyCode, employeeNo: cell('employeeNo'), name: cell('name'), grade: cell('grade') || null, position: cell('position') || null, jobSeries: cell('jobSeries') || null });
  });
  if (trainees.length === 0 && errors.length === 0) errors.push({ field: 'file', messages: ['교육생 행이 없습니다 / the file has no trainee rows'] });
  return { trainees, errors };
}
