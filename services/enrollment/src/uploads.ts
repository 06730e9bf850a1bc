import type { ErrorCode, ErrorParams } from '@baeum/api';
import { badTextCells, readSpreadsheet, SpreadsheetError, textProblemMessage } from '@baeum/documents';
import { FieldError, fieldError, fileOverLimit, invalidInput } from '@baeum/service-kit';
import type { Request } from 'express';

/** One problem of one line of an uploaded sheet: where, which rule (a code) and its data. */
export interface LineProblem {
  line: number;
  /** The column the problem concerns, by the field it fills. */
  field?: string;
  code: ErrorCode;
  params?: ErrorParams;
}

/** A line of a sheet refused for one or more problems: each named with its code beside the text. */
export interface LineError extends FieldError {
  problems: LineProblem[];
}

/** A problem with its text: what the checks of a line collect. */
export interface Problem {
  field?: string;
  code: ErrorCode;
  params?: ErrorParams;
  message: string;
}

/**
 * The cells of a row that cannot be stored as text (a NUL or other control character, bytes that
 * were not UTF-8), each a problem of its column's field (`fieldOf`), or of `column N` when the column
 * is none the import reads.
 */
export function textProblems(cells: readonly (string | undefined)[], fieldOf: (column: number) => string | undefined): Problem[] {
  return badTextCells(cells).map(({ column, code }) => {
    const field = fieldOf(column) ?? `column ${column + 1}`;
    return { field, code, params: { column: column + 1 }, message: textProblemMessage(code, field) };
  });
}

/** A line's problems as one error entry (`line N`), with its texts and its coded problems. */
export function lineError(line: number, problems: Problem[]): LineError {
  return {
    ...fieldError(`line ${line}`, 'SHEET.ROW_INVALID', { line }),
    messages: problems.map((p) => p.message),
    problems: problems.map(({ field, code, params }) => ({ line, ...(field ? { field } : {}), code, params: { line, ...params } })),
  };
}

/** The uploaded sheet's rows; a missing, unsupported or unreadable file answers 400 with its code. */
export async function uploadedRows(req: Request, fileName: string): Promise<string[][]> {
  if (!Buffer.isBuffer(req.body) || req.body.length === 0)
    throw invalidInput([fieldError('file', 'SHEET.FILE_REQUIRED', undefined, '파일을 보내 주세요 / send the file as the request body')]);
  const name = decodeURIComponent(fileName);
  return readSpreadsheet(req.body, name).catch((error) => {
    if (!(error instanceof SpreadsheetError)) throw error;
    if (error.status === 413) throw fileOverLimit(error);
    const readable = /\.(xlsx|csv|txt)$/i.test(name);
    throw invalidInput([
      fieldError(
        'file',
        readable ? 'SHEET.UNREADABLE' : 'SHEET.FILE_TYPE',
        readable ? undefined : { accepted: ['xlsx', 'csv'] },
        error.message,
      ),
    ]);
  });
}
