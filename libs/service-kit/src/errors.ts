import { codeForStatus, ErrorCode, ErrorParams } from '@baeum/api';
import {
  ArgumentMetadata,
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { Response } from 'express';
import { checkInputShape } from './input-guard';

/**
 * One field's problem, as the API answers it: the field (a dotted path such as `ratings.0.score`),
 * a stable code and the code's parameters. `messages` is text for people reading the API by hand;
 * the web shows the words its catalogues hold for the code instead.
 */
export interface FieldError {
  field: string;
  /** Optional only while every thrower is given one; a missing code answers `VALIDATION.INVALID`. */
  code?: ErrorCode;
  params?: ErrorParams;
  messages?: string[];
}

export const INVALID_INPUT_MESSAGE = '입력값이 올바르지 않습니다 / Invalid input';

/** A field's problem, with its code. */
export function fieldError(field: string, code: ErrorCode, params?: ErrorParams, message?: string): FieldError {
  return { field, code, ...(params ? { params } : {}), ...(message ? { messages: [message] } : {}) };
}

export function invalidInput(errors: FieldError[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    code: 'VALIDATION',
    message: INVALID_INPUT_MESSAGE,
    errors: errors.map((e) => ({ ...e, code: e.code ?? 'VALIDATION.INVALID' })),
  });
}

export interface CodedErrorOptions {
  /** Text for people reading the API by hand; the web never shows it. */
  message?: string;
  params?: ErrorParams;
  /** The field the rule concerns, so the web can show the error beside it. */
  field?: string;
  /** More of the answer a page knows how to show (the cohorts a room is booked by). */
  details?: Record<string, unknown>;
}

/** An answer with a stable code: what every refusal of a domain rule throws. */
export class CodedException extends HttpException {
  constructor(
    status: number,
    readonly code: ErrorCode,
    options: CodedErrorOptions = {},
  ) {
    super(
      {
        statusCode: status,
        code,
        message: options.message ?? code,
        ...(options.params ? { params: options.params } : {}),
        ...(options.field
          ? {
              field: options.field,
              errors: [
                {
                  field: options.field,
                  code,
                  ...(options.params ? { params: options.params } : {}),
                  ...(options.message ? { messages: [options.message] } : {}),
                },
              ],
            }
          : {}),
        ...options.details,
      },
      status,
    );
  }
}

export const conflict = (code: ErrorCode, options?: CodedErrorOptions) => new CodedException(HttpStatus.CONFLICT, code, options);
export const notFound = (code: ErrorCode = 'NOT_FOUND', options?: CodedErrorOptions) =>
  new CodedException(HttpStatus.NOT_FOUND, code, options);
export const forbidden = (code: ErrorCode = 'FORBIDDEN', options?: CodedErrorOptions) =>
  new CodedException(HttpStatus.FORBIDDEN, code, options);
export const badRequest = (code: ErrorCode, options?: CodedErrorOptions) => new CodedException(HttpStatus.BAD_REQUEST, code, options);

// ---- class-validator's rules as codes

interface RuleCode {
  code: ErrorCode;
  params?(constraints: unknown[]): ErrorParams;
}

const limit = (name: string) => (c: unknown[]) => ({ [name]: c[0] as number });
/** Each rule of class-validator the DTOs use, by its name, as a code with the rule's limits. */
const RULES: Record<string, RuleCode> = {
  isDefined: { code: 'VALIDATION.REQUIRED' },
  isNotEmpty: { code: 'VALIDATION.REQUIRED' },
  arrayNotEmpty: { code: 'VALIDATION.REQUIRED' },
  whitelistValidation: { code: 'VALIDATION.UNKNOWN_FIELD' },
  isInt: { code: 'VALIDATION.INTEGER' },
  isNumber: { code: 'VALIDATION.NUMBER' },
  isNumberString: { code: 'VALIDATION.NUMBER' },
  isString: { code: 'VALIDATION.TEXT' },
  isBoolean: { code: 'VALIDATION.BOOLEAN' },
  isArray: { code: 'VALIDATION.LIST' },
  isObject: { code: 'VALIDATION.OBJECT' },
  nestedValidation: { code: 'VALIDATION.OBJECT' },
  min: { code: 'VALIDATION.MIN', params: limit('min') },
  max: { code: 'VALIDATION.MAX', params: limit('max') },
  isPositive: { code: 'VALIDATION.MIN', params: () => ({ min: 1 }) },
  minLength: { code: 'VALIDATION.MIN_LENGTH', params: limit('min') },
  maxLength: { code: 'VALIDATION.MAX_LENGTH', params: limit('max') },
  isLength: { code: 'VALIDATION.LENGTH', params: (c) => ({ min: c[0] as number, ...(c[1] === undefined ? {} : { max: c[1] as number }) }) },
  arrayMinSize: { code: 'VALIDATION.MIN_ITEMS', params: limit('min') },
  arrayMaxSize: { code: 'VALIDATION.MAX_ITEMS', params: limit('max') },
  arrayUnique: { code: 'VALIDATION.UNIQUE_ITEMS' },
  isIn: { code: 'VALIDATION.ONE_OF', params: (c) => ({ values: (c[0] as unknown[]).map(String) }) },
  isEnum: {
    code: 'VALIDATION.ONE_OF',
    params: (c) => ({ values: Object.values(c[0] as object).filter((v) => typeof v === 'string') as string[] }),
  },
  isEmail: { code: 'VALIDATION.EMAIL' },
  isPhoneNumber: { code: 'VALIDATION.PHONE' },
  isMobilePhone: { code: 'VALIDATION.PHONE' },
  isUuid: { code: 'VALIDATION.ID' },
  isDateString: { code: 'VALIDATION.DATE' },
  isIso8601: { code: 'VALIDATION.DATE' },
  isDate: { code: 'VALIDATION.DATE' },
  isMilitaryTime: { code: 'VALIDATION.TIME' },
  matches: { code: 'VALIDATION.FORMAT' },
};

/**
 * Which rule to report when a field breaks several: a missing value first, then its kind, its
 * format, its limits. One problem per field is what a person can act on.
 */
const PRIORITY = [
  'whitelistValidation',
  'isDefined',
  'isNotEmpty',
  'arrayNotEmpty',
  'isArray',
  'isObject',
  'nestedValidation',
  'isInt',
  'isNumber',
  'isNumberString',
  'isString',
  'isBoolean',
  'isUuid',
  'isEmail',
  'isDateString',
  'isIso8601',
  'isDate',
  'matches',
];
const rank = (name: string) => {
  const i = PRIORITY.indexOf(name);
  return i === -1 ? PRIORITY.length : i;
};

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The constraint arguments of one rule of a DTO property (the `100` of `@Max(100)`). */
function constraintsOf(target: object | undefined, property: string, rule: string): unknown[] {
  if (!target || typeof target !== 'object') return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name === rule || m.type === rule));
  return metadata?.constraints ?? [];
}

/** One class-validator error as a coded field error; a rule's `context.code` wins over the default. */
function toFieldError(error: ValidationError, field: string): FieldError {
  const rules = Object.keys(error.constraints ?? {}).sort((a, b) => rank(a) - rank(b));
  const contexts = (error.contexts ?? {}) as Record<string, { code?: ErrorCode; params?: ErrorParams } | undefined>;
  const required = isEmpty(error.value) && !rules.includes('whitelistValidation');
  const rule = rules[0];
  const messages = rule ? [error.constraints![rule]] : [];
  if (required) return { field, code: 'VALIDATION.REQUIRED', messages };
  const known = RULES[rule];
  const own = contexts[rule];
  const params = own?.params ?? known?.params?.(constraintsOf(error.target, error.property, rule));
  const code = own?.code ?? known?.code ?? 'VALIDATION.INVALID';
  return { field, code, ...(params ? { params } : code === 'VALIDATION.INVALID' ? { params: { rule } } : {}), messages };
}

/** Flattens nested class-validator errors into dotted field paths, one coded problem per field. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints && Object.keys(error.constraints).length > 0 ? [toFieldError(error, field)] : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Whitelisted, unknown fields rejected, every bad field named with a code. */
export function createValidationPipe(): ValidationPipe {
  return new ShapeCheckingValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The target and value are read to choose the code; the answer carries neither.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => invalidInput(toFieldErrors(errors)),
  });
}

/** Checks the input's shape (depth, control characters, a file where JSON belongs) before the field rules. */
class ShapeCheckingValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    checkInputShape(value, metadata);
    return super.transform(value, metadata);
  }
}

/**
 * One error shape for every failure: `{ statusCode, code, message, field?, params?, errors? }`,
 * a code always (from the status when the thrower gave none). Internals never leak.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = errorBody(status, exception.getResponse(), exception.message);
      const retryAfter = (body.params as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
      if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
      response.status(status).json(body);
      return;
    }
    const refused = refusedBeforeParsing(exception);
    if (refused) {
      response.status(refused.statusCode).json(refused);
      return;
    }
    if (isInvalidData(exception)) {
      // The validation should have caught it: worth a look, but the caller's input, not a fault.
      this.logger.warn(`value refused by the database: ${(exception as Error).message}`);
      response.status(HttpStatus.BAD_REQUEST).json({
        statusCode: 400,
        code: 'BAD_REQUEST',
        message: '값이 올바르지 않거나 너무 깁니다 / A value is malformed, out of range or too long',
      });
      return;
    }
    if (isOverload(exception)) {
      // Shed the request, not fail it: nothing was done, and the client may try again shortly.
      this.logger.warn(`overloaded: ${(exception as Error).message}`);
      response.setHeader('Retry-After', String(OVERLOAD_RETRY_SECONDS));
      response.status(HttpStatus.SERVICE_UNAVAILABLE).json({
        statusCode: 503,
        code: 'UNAVAILABLE',
        message: '요청이 많아 처리하지 못했습니다 / Overloaded; try again shortly',
        params: { retryAfterSeconds: OVERLOAD_RETRY_SECONDS },
      });
      return;
    }
    this.logger.error((exception as Error)?.stack ?? String(exception));
    response
      .status(HttpStatus.INTERNAL_SERVER_ERROR)
      .json({ statusCode: 500, code: 'INTERNAL', message: '서버 오류 / Internal server error' });
  }
}

const OVERLOAD_RETRY_SECONDS = 1;

/**
 * A request refused before any handler saw it: the body parser's refusals (too large, not JSON,
 * a charset or content encoding it cannot read, all http-errors with their 4xx status) and a path
 * or text that is not UTF-8 when percent-decoded or encoded (a URIError). Each is answered with
 * its status and a code, never as a fault.
 */
export function refusedBeforeParsing(
  error: unknown,
): { statusCode: number; code: 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'BAD_REQUEST'; message: string } | undefined {
  // Text that cannot be percent-decoded or encoded (the router's, or a handler's encodeURIComponent of half a surrogate pair).
  if (error instanceof URIError)
    return { statusCode: 400, code: 'BAD_REQUEST', message: '주소를 읽을 수 없습니다 / The address is not valid percent-encoded UTF-8' };
  const { status, type, expose } = (error ?? {}) as { status?: unknown; type?: unknown; expose?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  if (typeof type !== 'string' && expose !== true) return undefined;
  if (status === 413)
    return { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: '요청 본문이 너무 큽니다 / The request body is too large' };
  if (status === 415)
    return {
      statusCode: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: '읽을 수 없는 본문 형식입니다 / Unsupported body encoding or charset',
    };
  return { statusCode: 400, code: 'BAD_REQUEST', message: '본문을 JSON으로 읽을 수 없습니다 / The body is not valid JSON' };
}

/**
 * PostgreSQL refused a value the request carried: text it cannot store (a NUL), a number, date or
 * time out of range or malformed (class 22, data exception), or text too long for an index (54000).
 * Input the validation let through, answered 400, not a fault.
 */
export function isInvalidData(error: unknown): boolean {
  const code =
    (error as { code?: unknown } | undefined)?.code ?? (error as { driverError?: { code?: unknown } } | undefined)?.driverError?.code;
  return typeof code === 'string' && (code.startsWith('22') || code === '54000');
}

/**
 * PostgreSQL's answers that mean "not now" rather than "wrong": no room for another connection
 * (53300), starting up or shutting down (57P03), a lock not had in time (55P03), a statement
 * cancelled by its timeout (57014), and a transaction rolled back so that another could go on
 * (serialization failure 40001, deadlock 40P01). Each time, nothing was done.
 */
const OVERLOAD_CODES = new Set(['53300', '57P03', '55P03', '57014', '40001', '40P01']);
/** pg-pool's and pg's words when no connection came in time (TypeORM passes them on unchanged). */
const OVERLOAD_MESSAGES = ['timeout exceeded when trying to connect', 'Connection terminated due to connection timeout'];

/**
 * The database turned the request away before doing anything: no pooled connection came free in
 * time, the server has no room for another connection, or a lock or a conflicting transaction
 * made it give up. Overload, answered 503 with Retry-After, not a fault.
 */
export function isOverload(error: unknown): boolean {
  const message = (error as Error | undefined)?.message ?? '';
  const code =
    (error as { code?: string; driverError?: { code?: string } } | undefined)?.code ??
    (error as { driverError?: { code?: string } } | undefined)?.driverError?.code;
  return OVERLOAD_MESSAGES.some((m) => message.includes(m)) || (typeof code === 'string' && OVERLOAD_CODES.has(code));
}

/** The answer's body for an HTTP exception's response: Nest's own shapes gain a code. */
export function errorBody(status: number, body: string | object, fallbackMessage: string): Record<string, unknown> {
  if (typeof body === 'string') return { statusCode: status, code: codeForStatus(status), message: body };
  const own = body as { message?: unknown; code?: unknown; error?: unknown };
  // Nest's built-in exceptions answer `{ message, error: 'Not Found', statusCode }`; the `error` adds nothing.
  const { error: _nestError, ...rest } = own as Record<string, unknown>;
  const message = Array.isArray(own.message) ? own.message.join('; ') : (own.message ?? fallbackMessage);
  return { statusCode: status, ...rest, code: typeof own.code === 'string' ? own.code : codeForStatus(status), message };
}
