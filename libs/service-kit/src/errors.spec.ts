import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { conflict, createValidationPipe, errorBody, HttpErrorFilter, isInvalidData, isOverload, refusedBeforeParsing } from './errors';

class Rating {
  @IsInt()
  @Min(1)
  @Max(5)
  score: number;
}

class Sample {
  @IsInt()
  @Min(0)
  @Max(100_000_000_000)
  estimatedCost: number;

  @IsInt()
  @Min(1)
  @Max(2000)
  capacity: number;

  @IsOptional()
  @Length(1, 200)
  titleKo?: string;

  @IsOptional()
  @IsEmail()
  email?: string;

  @IsOptional()
  @IsIn(['a', 'b'])
  kind?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { context: { code: 'VALIDATION.DATE' } })
  startDate?: string;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => Rating)
  ratings?: Rating[];
}

/** Runs the pipe as Nest would on a body of type Sample, answering the 400's body. */
async function rejected(body: Record<string, unknown>) {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: Sample });
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return (error as BadRequestException).getResponse() as {
      code: string;
      errors: { field: string; code: string; params?: Record<string, unknown> }[];
    };
  }
  throw new Error('accepted');
}

describe('validation answers a code per field', () => {
  it('names the limit a number broke, one problem per field', async () => {
    const body = await rejected({ estimatedCost: 100_000_000_001, capacity: 0 });
    expect(body.code).toBe('VALIDATION');
    expect(body.errors.map(({ field, code, params }) => ({ field, code, params }))).toEqual([
      { field: 'estimatedCost', code: 'VALIDATION.MAX', params: { max: 100_000_000_000 } },
      { field: 'capacity', code: 'VALIDATION.MIN', params: { min: 1 } },
    ]);
  });

  it('answers REQUIRED, alone, for a missing or empty value', async () => {
    const body = await rejected({ estimatedCost: 1 });
    expect(body.errors.map(({ field, code }) => ({ field, code }))).toEqual([{ field: 'capacity', code: 'VALIDATION.REQUIRED' }]);
    const empty = await rejected({ estimatedCost: 1, capacity: '' });
    expect(empty.errors.map((e) => e.code)).toEqual(['VALIDATION.REQUIRED']);
  });

  it('gives lengths, choices, e-mails, formats and a rule’s own code', async () => {
    const body = await rejected({
      estimatedCost: 1,
      capacity: 1,
      titleKo: 'x'.repeat(201),
      email: 'nope',
      kind: 'c',
      startDate: '2026-1-1',
    });
    expect(Object.fromEntries(body.errors.map((e) => [e.field, [e.code, e.params]]))).toEqual({
      titleKo: ['VALIDATION.LENGTH', { min: 1, max: 200 }],
      email: ['VALIDATION.EMAIL', undefined],
      kind: ['VALIDATION.ONE_OF', { values: ['a', 'b'] }],
      startDate: ['VALIDATION.DATE', undefined],
    });
  });

  it('names nested fields by their path and refuses unknown fields', async () => {
    const body = await rejected({ estimatedCost: 1, capacity: 1, ratings: [{ score: 3 }, { score: 9 }], surprise: true });
    expect(body.errors.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'surprise', code: 'VALIDATION.UNKNOWN_FIELD' },
      { field: 'ratings.1.score', code: 'VALIDATION.MAX' },
    ]);
  });
});

describe('every error answer has a code', () => {
  it('keeps a thrower’s code, field and details', () => {
    const error = conflict('CONFLICT', { field: 'roomId', params: { room: '101호' }, details: { conflicts: [1] } });
    expect(errorBody(409, error.getResponse() as object, error.message)).toEqual({
      statusCode: 409,
      code: 'CONFLICT',
      message: 'CONFLICT',
      field: 'roomId',
      params: { room: '101호' },
      errors: [{ field: 'roomId', code: 'CONFLICT', params: { room: '101호' } }],
      conflicts: [1],
    });
  });

  it('gives Nest’s own exceptions the code of their status', () => {
    const notFound = new NotFoundException('없음 / Not found');
    expect(errorBody(404, notFound.getResponse() as object, notFound.message)).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: '없음 / Not found',
    });
    const plain = new ConflictException({ statusCode: 409, message: 'x' });
    expect(errorBody(409, plain.getResponse() as object, plain.message)).toMatchObject({ code: 'CONFLICT', message: 'x' });
  });
});

describe('overload', () => {
  it('answers a database that turned the request away with 503 and Retry-After, not 500', () => {
    const sent: { status?: number; headers: Record<string, string>; body?: unknown } = { headers: {} };
    const response = {
      setHeader: (name: string, value: string) => (sent.headers[name] = value),
      status(code: number) {
        sent.status = code;
        return this;
      },
      json: (body: unknown) => (sent.body = body),
    };
    const host = { switchToHttp: () => ({ getResponse: () => response }) } as never;
    new HttpErrorFilter().catch(new Error('timeout exceeded when trying to connect'), host);
    expect(sent).toEqual({
      status: 503,
      headers: { 'Retry-After': '1' },
      body: expect.objectContaining({ code: 'UNAVAILABLE', params: { retryAfterSeconds: 1 } }),
    });
    expect(isOverload(Object.assign(new Error('sorry, too many clients already'), { code: '53300' }))).toBe(true);
    expect(isOverload(new Error('Connection terminated due to connection timeout'))).toBe(true);
    // A lock not had in time, a statement timeout, a deadlock or a serialization failure (as TypeORM's QueryFailedError carries them).
    for (const code of ['55P03', '57014', '40P01', '40001'])
      expect([code, isOverload(Object.assign(new Error('query failed'), { driverError: { code } }))]).toEqual([code, true]);
    expect(isOverload(new Error('relation does not exist'))).toBe(false);
    expect(isOverload(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
  });
});

describe('input refused before or below the handlers', () => {
  it('answers the parsers’ refusals and a path that is not UTF-8 with their 4xx and a code', () => {
    const uriError = Object.assign(new URIError("Failed to decode param '%ff'"), { status: 400 });
    expect(refusedBeforeParsing(uriError)).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST' });
    expect(refusedBeforeParsing(new URIError('URI malformed'))).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST' });
    // A content encoding that is not what it says (http-errors: status, expose, no type).
    expect(refusedBeforeParsing(Object.assign(new Error('incorrect header check'), { status: 400, expose: true }))).toMatchObject({
      statusCode: 400,
      code: 'BAD_REQUEST',
    });
    expect(refusedBeforeParsing(Object.assign(new Error('too large'), { status: 413, type: 'entity.too.large' }))).toMatchObject({
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(refusedBeforeParsing(Object.assign(new Error('odd'), { status: 400 }))).toBeUndefined();
    expect(refusedBeforeParsing(Object.assign(new Error('fault'), { status: 500, expose: false }))).toBeUndefined();
  });

  it('answers a value the database refuses (a NUL, a date out of range, text too long for an index) 400', () => {
    for (const code of ['22021', '22008', '22P02', '54000'])
      expect([code, isInvalidData(Object.assign(new Error('query failed'), { driverError: { code }, code }))]).toEqual([code, true]);
    expect(isInvalidData(Object.assign(new Error('duplicate'), { code: '23505' }))).toBe(false);
    expect(isInvalidData(new Error('bug'))).toBe(false);
  });
});
