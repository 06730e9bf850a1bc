import type { ErrorCode, ErrorParams } from '@baeum/api';
import { badTextCells, textProblemMessage } from '@baeum/documents';

/** A problem in an uploaded score file, by its line (the header is line 1), with its code and what the words need. */
export interface RowError {
  row: number;
  field: string;
  code: ErrorCode;
  params?: ErrorParams;
  messages: string[];
}

export const rowError = (row: number, field: string, code: ErrorCode, params: ErrorParams | undefined, message: string): RowError => ({
  row,
  field,
  code,
  ...(params ? { params } : {}),
  messages: [message],
});

export interface ScannerRecord {
  row: number;
  examNumber: string;
  /** Per subject in hundredths of a point; null when the candidate was absent (every score blank). */
  scores: number[] | null;
}

/** One candidate's line of a scanner file: its values per subject, null when every cell is blank (absent). */
export interface SheetLine<T> {
  row: number;
  examNumber: string;
  values: T[] | null;
}

const HEADER_FIRST = ['응시번호', 'exam_number'];
const SCORE = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;
const EXAM_NUMBER = /^\d{6,12}$/;
export const MAX_SUBJECTS = 10;

/**
 * Reads a file of the OMR scanner: a header `응시번호,<subject>,…` and one line per answer sheet with a
 * cell per subject, every cell blank for an absent candidate. `cells` reads one line's cells, or answers
 * the problem with them. Returns every problem with its line, so a file is fixed in one go.
 */
export function readExamNumberSheet<T>(
  rows: string[][],
  cells: (values: string[], subjects: string[], row: number) => T[] | RowError,
): { subjects: string[]; lines: SheetLine<T>[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const header = (rows[0] ?? []).map((c) => c.trim());
  if (!HEADER_FIRST.includes(header[0]?.toLowerCase() ?? '')) {
    return {
      subjects: [],
      lines: [],
      errors: [
        rowError(
          1,
          'header',
          'WRITTEN_SCORES.HEADER_FIRST_COLUMN',
          undefined,
          '첫 열의 제목은 응시번호여야 합니다 / the first column must be 응시번호 (exam_number)',
        ),
      ],
    };
  }
  while (header.length > 1 && header[header.length - 1] === '') header.pop();
  const subjects = header.slice(1);
  if (subjects.length === 0 || subjects.length > MAX_SUBJECTS || subjects.some((s) => s === '')) {
    return {
      subjects,
      lines: [],
      errors: [
        rowError(
          1,
          'header',
          'WRITTEN_SCORES.SUBJECT_COUNT',
          { min: 1, max: MAX_SUBJECTS },
          `과목은 1~${MAX_SUBJECTS}개이며 이름이 있어야 합니다 / 1 to ${MAX_SUBJECTS} named subjects are expected`,
        ),
      ],
    };
  }
  // A subject's name with a NUL or bytes that were not UTF-8 is refused on the header line, by its column.
  for (const { column, code } of badTextCells(header))
    errors.push(rowError(1, 'header', code, { column: column + 1 }, textProblemMessage(code, `${column + 1}열 / column ${column + 1}`)));
  const lines: SheetLine<T>[] = [];
  const firstLine = new Map<string, number>();
  rows.slice(1).forEach((raw, i) => {
    const row = i + 2;
    const values = raw.map((c) => c.trim());
    if (values.every((v) => v === '')) return;
    while (values.length > subjects.length + 1 && values[values.length - 1] === '') values.pop();
    if (values.length !== subjects.length + 1) {
      errors.push(
        rowError(
          row,
          'columns',
          'WRITTEN_SCORES.COLUMN_COUNT',
          { found: values.length, expected: subjects.length + 1 },
          `열이 ${values.length}개입니다. ${subjects.length + 1}개여야 합니다 / ${values.length} columns, ${subjects.length + 1} expected`,
        ),
      );
      return;
    }
    const [examNumber, ...rest] = values;
    if (!EXAM_NUMBER.test(examNumber)) {
      errors.push(
        rowError(
          row,
          'exam_number',
          'WRITTEN_SCORES.EXAM_NUMBER_FORMAT',
          { value: examNumber },
          `응시번호 형식이 아닙니다: "${examNumber}" / not an exam number`,
        ),
      );
      return;
    }
    if (firstLine.has(examNumber)) {
      errors.push(
        rowError(
          row,
          'exam_number',
          'WRITTEN_SCORES.DUPLICATE_EXAM_NUMBER',
          { firstLine: firstLine.get(examNumber)! },
          `${firstLine.get(examNumber)}행과 응시번호가 중복됩니다 / duplicate of line ${firstLine.get(examNumber)}`,
        ),
      );
      return;
    }
    firstLine.set(examNumber, row);
    if (rest.every((s) => s === '')) {
      lines.push({ row, examNumber, values: null });
      return;
    }
    const read = cells(rest, subjects, row);
    if (Array.isArray(read)) lines.push({ row, examNumber, values: read });
    else errors.push(read);
  });
  return { subjects, lines, errors };
}

/** The scanner's score file: a score from 0 to 100 (two decimals at most) per subject. */
export function readScannerSheet(rows: string[][]): { subjects: string[]; records: ScannerRecord[]; errors: RowError[] } {
  const { subjects, lines, errors } = readExamNumberSheet<number>(rows, (scores, names, row) => {
    const bad = scores.map((s, k) => (SCORE.test(s) ? null : names[k])).filter((s): s is string => s !== null);
    if (bad.length === 0) return scores.map((s) => Math.round(Number(s) * 100));
    return rowError(
      row,
      bad.join(', '),
      'WRITTEN_SCORES.SCORE_FORMAT',
      { subjects: bad },
      '점수는 0~100 (소수 둘째 자리까지)이며 결시자는 모든 과목을 비웁니다 / scores are 0–100 with at most two ' +
        'decimals; leave every score blank for an absent candidate',
    );
  });
  return { subjects, records: lines.map(({ row, examNumber, values }) => ({ row, examNumber, scores: values })), errors };
}
