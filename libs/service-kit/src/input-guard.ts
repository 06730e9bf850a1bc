import { ArgumentMetadata, CanActivate, ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { NextFunction, Request, Response } from 'express';
import { fieldError, FieldError, invalidInput } from './errors';

/** Deeper than any body the API describes; deeper input is refused before anything recurses over it. */
export const MAX_INPUT_DEPTH = 32;
/** NUL cannot be stored in PostgreSQL text and has no place in any field; other C0 controls but tab and line breaks neither. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * What every body, query and path parameter must be before it is validated field by field: not
 * nested past `MAX_INPUT_DEPTH`, with no control character in any text (or any key), and a body
 * that is JSON rather than a file sent to an endpoint that takes none. Walked without recursion,
 * so no input can exhaust the stack. Answers the field's path, like every validation problem.
 */
export function checkInputShape(value: unknown, metadata: Pick<ArgumentMetadata, 'type' | 'data' | 'metatype'>): void {
  if (metadata.type === 'custom') return;
  // A file is the body only of the upload routes, which take it untyped (`@Body() content: unknown`).
  if (Buffer.isBuffer(value)) {
    if (metadata.type !== 'body' || !isBodyClass(metadata.metatype)) return;
    throw new HttpException(
      {
        statusCode: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: 'JSON 본문을 보내세요 / Send a JSON body (Content-Type: application/json)',
      },
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    );
  }
  // A list where one object is declared would pass the field rules untouched (none apply to a list).
  if (metadata.type === 'body' && !metadata.data && Array.isArray(value) && isBodyClass(metadata.metatype))
    throw invalidInput([fieldError('body', 'VALIDATION.OBJECT', undefined, '객체 하나를 보내세요 / Send one JSON object, not a list')]);
  const problems: FieldError[] = [];
  const start = metadata.data ?? '';
  const pending: { value: unknown; path: string; depth: number }[] = [{ value, path: start, depth: 0 }];
  while (pending.length > 0 && problems.length < 20) {
    const { value: current, path, depth } = pending.pop()!;
    if (typeof current === 'string') {
      if (CONTROL_CHARACTER.test(current))
        problems.push(
          fieldError(
            path || metadata.type,
            'VALIDATION.CONTROL_CHARACTER',
            undefined,
            '제어 문자는 쓸 수 없습니다 / control characters are not allowed',
          ),
        );
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      problems.push(
        fieldError(
          path || metadata.type,
          'VALIDATION.OBJECT',
          { maxDepth: MAX_INPUT_DEPTH },
          `${MAX_INPUT_DEPTH}단계보다 깊게 겹칠 수 없습니다 / nested deeper than ${MAX_INPUT_DEPTH} levels`,
        ),
      );
      continue;
    }
    for (const [key, child] of Object.entries(current)) {
      const childPath = path ? `${path}.${key}` : key;
      if (CONTROL_CHARACTER.test(key))
        problems.push(
          fieldError(
            childPath,
            'VALIDATION.CONTROL_CHARACTER',
            undefined,
            '제어 문자는 쓸 수 없습니다 / control characters are not allowed',
          ),
        );
      else pending.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  if (problems.length > 0) throw invalidInput(problems);
}

/** A declared body class (a DTO), as against `unknown`, `object` or a primitive. */
const isBodyClass = (metatype: ArgumentMetadata['metatype']): boolean =>
  typeof metatype === 'function' && ![Object, String, Number, Boolean, Array, Buffer].includes(metatype as never);

/** Bodies no route of the API takes: forms and plain text (every route reads JSON, a file as octet-stream, or CSV). */
const REFUSED_BODY_TYPES = /^\s*(multipart\/|application\/x-www-form-urlencoded|text\/plain)/i;

/**
 * Refuses a form or plain-text body with 415 before any parser reads it: a form could otherwise
 * pass for a JSON body (Express parses it into the same object), and plain text would arrive as
 * no body at all.
 */
export function refuseFormBodies(req: Request, res: Response, next: NextFunction): void {
  const type = req.headers['content-type'];
  if (typeof type === 'string' && REFUSED_BODY_TYPES.test(type)) {
    res.status(415).json({
      statusCode: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'JSON 본문을 보내세요 / Send a JSON body (Content-Type: application/json)',
    });
    return;
  }
  next();
}

/**
 * The same shape check for every request's parsed body, also of routes that take no declared body
 * (the gateway passes some bodies on as they came): nothing over-deep or with a control character
 * reaches a handler, whose serialising could otherwise exhaust the stack.
 *
 * A guard rather than an interceptor, run after the authentication guard (bootstrap.ts): a service
 * with no interceptor (the gateway) then answers without Nest's interceptor pipeline (RxJS and two
 * async-context bindings a request), which cost the gateway about a fifth of its results lookups
 * (bench/examination/results-lookup.ts). It only checks and throws, as it did as an interceptor.
 */
@Injectable()
export class InputShapeGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    const body = req.body as unknown;
    if (body !== null && typeof body === 'object' && !Buffer.isBuffer(body))
      checkInputShape(body, { type: 'body', data: undefined, metatype: undefined });
    // A body of a type no parser here reads (CSV to a JSON route) would reach the handler as none at all.
    if (body === undefined && sentBody(req) && declaresBody(context))
      throw new HttpException(
        {
          statusCode: 415,
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message: 'JSON 본문을 보내세요 / Send a JSON body (Content-Type: application/json)',
        },
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      );
    return true;
  }
}

const sentBody = (req: Request): boolean =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/** Whether the route's handler takes a `@Body()` (Nest keeps its parameters as `<type>:<index>`, BODY being 3). */
function declaresBody(context: ExecutionContext): boolean {
  const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) as object | undefined;
  return Object.keys(args ?? {}).some((key) => key.startsWith(`${RouteParamtypes.BODY}:`));
}
