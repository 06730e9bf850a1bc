import type { ErrorCode, ErrorParams } from '@baeum/api';
import { CodedErrorOptions, fieldError, notFound } from '@baeum/service-kit';

/**
 * The options of a coded refusal (409, 404) that concerns one input: the field, the parameters,
 * the sentence, and an `errors` entry that keeps the sentence as `messages`, which the pages
 * show beside the field.
 */
export function onField(field: string, code: ErrorCode, message: string, params?: ErrorParams): CodedErrorOptions {
  return { field, message, ...(params ? { params } : {}), details: { errors: [fieldError(field, code, params, message)] } };
}

/** 을 after a closing consonant (강의실을), 를 after a vowel (기수를); every name passed here ends in Hangul. */
const withObjectParticle = (word: string): string => word + ((word.charCodeAt(word.length - 1) - 0xac00) % 28 === 0 ? '를' : '을');

/** Another tenant's row answers the same as a missing one (404 with the code): its existence is not disclosed. */
export function found<T>(row: T | null | undefined, code: ErrorCode, what: [string, string], params?: ErrorParams): T {
  if (!row)
    throw notFound(code, {
      message: `${withObjectParticle(what[0])} 찾을 수 없습니다 / ${what[1]} not found`,
      ...(params ? { params } : {}),
    });
  return row;
}
