import type { TFunction } from 'i18next';
import { ApiError, asApiError, type ErrorCode, type ErrorParams } from '../api/client';
import type { ClientErrorCode } from '../i18n/errors';

export type AnyErrorCode = ErrorCode | ClientErrorCode;

/** A problem as the kit keeps it: the code and its parameters; words are chosen at render time. */
export interface Problem {
  code: AnyErrorCode;
  params?: ErrorParams;
}

/** The words for a code in the current language (the catalogue has words for every code). */
export function problemText(t: TFunction, problem: Problem): string {
  return String(t(problem.code as never, { ns: 'errors', ...(problem.params ?? {}) } as never));
}

/** The problem of a whole answer (not of one field): its code and parameters. */
export function problemOf(error: unknown): Problem {
  const apiError = error instanceof ApiError ? error : asApiError(error);
  return { code: apiError.code, params: apiError.body.params };
}

/**
 * react-hook-form keeps a field's error as a string; the kit stores the code and parameters in it
 * (JSON), so the words follow a change of language.
 */
export const encodeProblem = (problem: Problem): string => JSON.stringify(problem);
export function decodeProblem(message: string | undefined): Problem | null {
  if (!message) return null;
  try {
    const parsed = JSON.parse(message) as Problem;
    return typeof parsed?.code === 'string' ? parsed : null;
  } catch {
    return null;
  }
}
