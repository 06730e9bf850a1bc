import { readSpreadsheet, SpreadsheetError } from '@baeum/documents';
import { badRequest, conflict, fileOverLimit, invalidInput } from '@baeum/service-kit';
import { Exam } from '../exams/exam.entity';
import { RowError } from './scanner-sheet';

/** The rows of an uploaded scanner file (.csv or .xlsx); an unreadable or oversized one is refused, coded. */
export async function readUploadedRows(content: Buffer, fileName: string): Promise<string[][]> {
  try {
    return await readSpreadsheet(content, fileName);
  } catch (error) {
    if (error instanceof SpreadsheetError && error.status === 413) throw fileOverLimit(error);
    if (error instanceof SpreadsheetError)
      throw badRequest('WRITTEN_SCORES.UNREADABLE_FILE', { params: { fileName }, message: error.message });
    throw error;
  }
}

/** Scanner files are for open exams whose candidates have exam numbers. */
export function assertScannable(exam: Exam): void {
  if (exam.kind !== 'open' || !exam.examNumbersAssignedAt)
    throw conflict('WRITTEN_SCORES.NOT_APPLICABLE', {
      message: '응시번호를 부여한 공개경쟁 시험에만 성적을 등록합니다 / scores are imported for open exams with exam numbers',
    });
}

/**
 * Refuses the file with every problem of its lines, adding a line for each exam number that is not a
 * candidate's. Each problem keeps its text field ("3행 exam_number / line 3 exam_number") and gains its
 * line as a number.
 */
export function assertLinesValid(errors: RowError[], records: { row: number; examNumber: string }[], candidates: Set<string>): void {
  const all = [...errors];
  for (const record of records)
    if (!candidates.has(record.examNumber))
      all.push({
        row: record.row,
        field: 'exam_number',
        code: 'WRITTEN_SCORES.UNKNOWN_EXAM_NUMBER',
        params: { examNumber: record.examNumber },
        messages: [`이 시험에 없는 응시번호입니다: ${record.examNumber} / no such exam number in this exam`],
      });
  if (all.length > 0)
    throw invalidInput(
      all.sort((a, b) => a.row - b.row).map((e) => ({ ...e, line: e.row, field: `${e.row}행 ${e.field} / line ${e.row} ${e.field}` })),
    );
}
