import type { ErrorCode, ErrorParams } from '@baeum/api';
import { CodedErrorOptions, fieldError } from '@baeum/service-kit';

/**
 * The options of a coded refusal (409, 404) that concerns one input: the field, the parameters,
 * the sentence, and an `errors` entry that keeps the sentence as `messages`, which the pages
 * show beside the field.
 */
export function onField(field: string, code: ErrorCode, message: string, params?: ErrorParams): CodedErrorOptions {
  return { field, message, ...(params ? { params } : {}), details: { errors: [fieldError(field, code, params, message)] } };
}
