import { readExamNumberSheet, RowError, rowError } from './scanner-sheet';

/** A subject as its key fixes it: how many questions, and of how many choices. */
export interface SubjectShape {
  name: string;
  questions: number;
  choices: number;
}

/** One candidate's marks: per subject (the keys' order), one character per question; null when absent. */
export interface AnswerRecord {
  row: number;
  examNumber: string;
  marks: string[] | null;
}

/** Unmarked (0, _ or .) is stored as 0; several marks on one question (*) stay *. */
const UNMARKED = /[_.]/g;

/**
 * Reads the OMR scanner's answers file: a header `응시번호,<subject>,…` naming the keys' subjects (any
 * order) and one line per answer sheet with, per subject, one character per question: the marked choice
 * 1–5, 0 (or _ or .) when unmarked, * when several choices are marked. Every cell blank: absent.
 * The marks come back in the keys' subject order. Every problem is answered with its line.
 */
export function readAnswerSheet(rows: string[][], shapes: SubjectShape[]): { records: AnswerRecord[]; errors: RowError[] } {
  const byName = new Map(shapes.map((s) => [s.name, s]));
  const { subjects, lines, errors } = readExamNumberSheet<string>(rows, (cells, names, row) => {
    const malformed: string[] = [];
    const miscounted: string[] = [];
    cells.forEach((cell, k) => {
      const shape = byName.get(names[k]);
      if (!shape) return;
      if (!new RegExp(`^[0-${shape.choices}_.*]*$`).test(cell)) malformed.push(shape.name);
      else if (cell.length !== shape.questions) miscounted.push(shape.name);
    });
    if (malformed.length > 0)
      return rowError(
        row,
        malformed.join(', '),
        'WRITTEN_ANSWERS.MARKS_FORMAT',
        { subjects: malformed },
        '답안은 문항마다 한 글자: 고른 번호, 무응답 0, 중복 표기 * 입니다 / one character per question: the choice, 0 when ' +
          'unmarked, * when several are marked',
      );
    if (miscounted.length > 0)
      return rowError(
        row,
        miscounted.join(', '),
        'WRITTEN_ANSWERS.QUESTION_COUNT',
        { subjects: miscounted },
        '과목의 문항 수만큼 표기가 있어야 합니다 / one mark per question of the subject is expected',
      );
    return cells.map((c) => c.replace(UNMARKED, '0'));
  });
  const sameSubjects =
    subjects.length === shapes.length && subjects.every((s) => byName.has(s)) && new Set(subjects).size === subjects.length;
  if (subjects.length > 0 && !sameSubjects)
    return {
      records: [],
      errors: [
        rowError(
          1,
          'header',
          'WRITTEN_ANSWERS.SUBJECTS_MISMATCH',
          { expected: shapes.map((s) => s.name) },
          `과목은 정답 키의 과목이어야 합니다: ${shapes.map((s) => s.name).join(', ')} / the subjects must be the keys' subjects`,
        ),
      ],
    };
  const column = new Map(subjects.map((s, k) => [s, k]));
  const records = lines.map(({ row, examNumber, values }) => ({
    row,
    examNumber,
    marks: values && shapes.map((s) => values[column.get(s.name)!]),
  }));
  return { records, errors };
}
