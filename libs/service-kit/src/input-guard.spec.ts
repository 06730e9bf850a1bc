import { BadRequestException, HttpException } from '@nestjs/common';
import { Body, ExecutionContext, Post } from '@nestjs/common';
import { checkInputShape, InputShapeGuard, MAX_INPUT_DEPTH, refuseFormBodies } from './input-guard';

class SomeDto {
  name?: string;
}

const problemsOf = (value: unknown, type: 'body' | 'query' | 'param' = 'body', data?: string) => {
  try {
    checkInputShape(value, { type, data, metatype: SomeDto });
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return ((error as BadRequestException).getResponse() as { errors: { field: string; code: string }[] }).errors.map(
      (e) => `${e.field} ${e.code}`,
    );
  }
};

describe('the shape every input must have before its fields are checked', () => {
  it('lets ordinary input, tabs and line breaks through', () => {
    expect(problemsOf({ name: '핵심가치 교육과정', note: 'line one\nline two\tend', items: [{ score: 5 }] })).toEqual([]);
    expect(problemsOf({ q: '기수' }, 'query')).toEqual([]);
  });

  it('names each text or key holding a NUL or another control character', () => {
    expect(problemsOf({ name: 'a\u0000b', items: [{ reason: 'ok' }, { reason: '\u001b[31m' }] }).sort()).toEqual([
      'items.1.reason VALIDATION.CONTROL_CHARACTER',
      'name VALIDATION.CONTROL_CHARACTER',
    ]);
    expect(problemsOf({ q: '\u0000' }, 'query')).toEqual(['q VALIDATION.CONTROL_CHARACTER']);
    expect(problemsOf('x\u0000', 'param', 'id')).toEqual(['id VALIDATION.CONTROL_CHARACTER']);
    expect(problemsOf({ ['bad\u0000key']: 1 })).toEqual(['bad\u0000key VALIDATION.CONTROL_CHARACTER']);
  });

  it('refuses nesting deeper than the limit without exhausting the stack, however deep it goes', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(problemsOf(deep)).toEqual([`${Array(MAX_INPUT_DEPTH).fill('a').join('.')} VALIDATION.OBJECT`]);
    let fine: unknown = 'leaf';
    for (let i = 0; i < MAX_INPUT_DEPTH - 2; i++) fine = [fine];
    expect(problemsOf({ list: fine })).toEqual([]);
  });

  it('answers 415 to a file sent where a JSON body is declared, and lets the upload routes take theirs', () => {
    expect(() => checkInputShape(Buffer.from('x'), { type: 'body', metatype: SomeDto })).toThrow(HttpException);
    expect(() => checkInputShape(Buffer.from('x'), { type: 'body', metatype: SomeDto })).toThrow(expect.objectContaining({ status: 415 }));
    expect(() => checkInputShape(Buffer.from('x'), { type: 'body', metatype: Object })).not.toThrow();
  });
});

describe('refuseFormBodies', () => {
  const run = (contentType: string | undefined) => {
    const sent: { status?: number; body?: unknown; next?: boolean } = {};
    const res = {
      status(code: number) {
        sent.status = code;
        return this;
      },
      json: (body: unknown) => (sent.body = body),
    };
    refuseFormBodies({ headers: contentType ? { 'content-type': contentType } : {} } as never, res as never, () => (sent.next = true));
    return sent;
  };

  it('refuses forms and plain text with 415, and lets JSON, files and CSV through', () => {
    for (const type of ['multipart/form-data; boundary=b', 'application/x-www-form-urlencoded', 'text/plain;charset=UTF-8'])
      expect([type, run(type)]).toEqual([type, { status: 415, body: expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }) }]);
    for (const type of ['application/json', 'application/json; charset=utf-8', 'application/octet-stream', 'text/csv', undefined])
      expect([type, run(type)]).toEqual([type, { next: true }]);
  });
});

describe('a list where an object is declared', () => {
  it('is refused, naming the body', () => {
    expect(() => checkInputShape([{}], { type: 'body', data: undefined, metatype: SomeDto })).toThrow(BadRequestException);
    expect(() => checkInputShape([{}], { type: 'body', data: undefined, metatype: Array })).not.toThrow();
  });
});

describe('InputShapeGuard', () => {
  class Routes {
    @Post()
    create(@Body() body: SomeDto) {
      return body;
    }
    @Post()
    ping() {
      return 'pong';
    }
  }
  const contextOf = (handler: 'create' | 'ping', req: { body?: unknown; headers: Record<string, string> }) =>
    ({
      getType: () => 'http',
      switchToHttp: () => ({ getRequest: () => req }),
      getClass: () => Routes,
      getHandler: () => Routes.prototype[handler],
    }) as unknown as ExecutionContext;
  const guard = new InputShapeGuard();

  it('lets a well-formed body through, declared or not, and a request without one', () => {
    expect(guard.canActivate(contextOf('create', { body: { name: '김' }, headers: { 'content-length': '12' } }))).toBe(true);
    expect(guard.canActivate(contextOf('ping', { body: { name: '김' }, headers: { 'content-length': '12' } }))).toBe(true);
    expect(guard.canActivate(contextOf('ping', { headers: {} }))).toBe(true);
  });

  it('refuses a control character in any body, also where no body is declared', () => {
    expect(() => guard.canActivate(contextOf('ping', { body: { name: 'a\u0000' }, headers: { 'content-length': '12' } }))).toThrow(
      BadRequestException,
    );
  });

  it('answers 415 to a body no parser read where the route declares one', () => {
    expect(() => guard.canActivate(contextOf('create', { headers: { 'content-length': '40' } }))).toThrow(
      expect.objectContaining({ status: 415 }),
    );
    expect(guard.canActivate(contextOf('ping', { headers: { 'content-length': '40' } }))).toBe(true);
  });
});
