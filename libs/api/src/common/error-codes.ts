/**
 * Error codes every service may answer. A code is stable: the web's catalogues turn it into words,
 * so changing one is a breaking change of the API. Domain codes live beside each domain's contract.
 */
export const VALIDATION_ERROR_CODES = [
  /** The whole answer of a rejected input; `errors` names each field. */
  'VALIDATION',
  'VALIDATION.REQUIRED',
  'VALIDATION.UNKNOWN_FIELD',
  'VALIDATION.INTEGER',
  'VALIDATION.NUMBER',
  'VALIDATION.TEXT',
  'VALIDATION.BOOLEAN',
  'VALIDATION.LIST',
  'VALIDATION.OBJECT',
  'VALIDATION.MIN',
  'VALIDATION.MAX',
  'VALIDATION.MIN_LENGTH',
  'VALIDATION.MAX_LENGTH',
  'VALIDATION.LENGTH',
  'VALIDATION.MIN_ITEMS',
  'VALIDATION.MAX_ITEMS',
  'VALIDATION.UNIQUE_ITEMS',
  'VALIDATION.ONE_OF',
  'VALIDATION.EMAIL',
  'VALIDATION.PHONE',
  'VALIDATION.ID',
  'VALIDATION.DATE',
  'VALIDATION.TIME',
  'VALIDATION.FORMAT',
  /** A NUL or other control character in a text or a key. */
  'VALIDATION.CONTROL_CHARACTER',
  /** Bytes of an uploaded file that are not UTF-8 text (read as U+FFFD). */
  'VALIDATION.ENCODING',
  /** A rule with no code of its own; its `params.rule` names the validator. */
  'VALIDATION.INVALID',
] as const;

/** What any endpoint may answer, whatever its domain. */
export const GENERAL_ERROR_CODES = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'AUTH.TOKEN_INVALID',
  /** The bearer signed in with a temporary password: only GET /api/me and POST /api/me/password answer until it is changed. */
  'AUTH.PASSWORD_CHANGE_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  /** An uploaded file over the limit (`params.maxBytes`); answered 413, field `file`. */
  'FILE.TOO_LARGE',
  /** An .xlsx that unpacks past the limit (`params.maxUnpackedBytes`), a zip bomb among them; 413. */
  'FILE.UNPACKED_TOO_LARGE',
  /** A sheet of more rows than any import takes (`params.maxRows`); 413. */
  'FILE.TOO_MANY_ROWS',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  /** A write with this Idempotency-Key is still being worked on; ask again after `params.retryAfterSeconds` (409). */
  'REQUEST.IN_PROGRESS',
  /** The Idempotency-Key was used before for a different request (another body or operation); 422, field `Idempotency-Key`. */
  'REQUEST.KEY_REUSED',
  'UNAVAILABLE',
  'UPSTREAM.UNAVAILABLE',
  'UPSTREAM.FAILED',
  'INTERNAL',
] as const;

export type ValidationErrorCode = (typeof VALIDATION_ERROR_CODES)[number];
export type GeneralErrorCode = (typeof GENERAL_ERROR_CODES)[number];

/** The parameters of a code: a validation rule's limits, the name of what clashed, an amount. */
export type ErrorParams = Record<string, string | number | boolean | string[] | number[]>;

/** The code a plain HTTP status stands for, when the thrower gave none. */
export function codeForStatus(status: number): GeneralErrorCode {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    case 502:
      return 'UPSTREAM.FAILED';
    case 503:
      return 'UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
  }
}
