import { useTranslation } from 'react-i18next';
import { ApiError, asApiError, type FieldErrorBody } from '../../api/client';
import { problemText } from '../../kit';
import { useEnrollmentWords } from './common';

/**
 * The problems of an uploaded sheet, each with its place: a line, a line and a column, or the
 * file. A line refused for several reasons (`SHEET.ROW_INVALID`) carries each reason with its own
 * code in `problems`, which the API sends beside the error (not in the generated type).
 */
type LineProblem = Pick<FieldErrorBody, 'code' | 'params'> & { field?: string };
type SheetError = FieldErrorBody & { problems?: LineProblem[] };

export function sheetErrors(error: unknown): SheetError[] {
  const apiError = error instanceof ApiError ? error : asApiError(error);
  return (apiError.body.errors ?? []) as SheetError[];
}

export function SheetProblems({ errors, testId }: { errors: SheetError[]; testId: string }) {
  const { t: tErrors } = useTranslation();
  const { t } = useEnrollmentWords();
  if (errors.length === 0) return null;
  const place = (params: FieldErrorBody['params']) => {
    const line = typeof params?.line === 'number' ? params.line : undefined;
    const column = typeof params?.column === 'number' ? params.column : undefined;
    if (line !== undefined && column !== undefined) return `${t('lineColumn', { line, column })}: `;
    if (line !== undefined) return `${t('line', { line })}: `;
    return '';
  };
  return (
    <ul className="enr-sheet-problems" data-testid={testId}>
      {errors.map((error, i) => (
        <li key={`${error.field}-${i}`}>
          {place(error.params)}
          {error.problems && error.problems.length > 0
            ? error.problems.map((p) => problemText(tErrors, { code: p.code, params: p.params })).join(' ')
            : problemText(tErrors, { code: error.code, params: error.params })}
        </li>
      ))}
    </ul>
  );
}
