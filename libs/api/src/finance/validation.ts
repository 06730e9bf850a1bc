import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateBy, ValidationArguments } from 'class-validator';

/** 1,000조 won: every amount a client sends stays a safe integer in JSON. */
export const MAX_WON = 1_000_000_000_000_000;
export const LINE_CODE = /^[A-Z0-9][A-Z0-9-]{0,39}$/;

/** Whether `value` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  if (!CALENDAR_DATE.test(value)) return false;
  // By arithmetic, not through a Date: an import checks every row's date, hundreds of thousands a file.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export const named = (ko: string, en: string) => (args: ValidationArguments) => `${args.property}: ${ko} / ${args.property} ${en}`;

/** An amount of integer won, at least `min`. */
export const IsWon = (min: number, description = 'won') =>
  applyDecorators(
    ApiProperty({ description: `${description} (integer won)`, minimum: min, maximum: MAX_WON, example: 12000000 }),
    IsInt({ message: named('원 단위 정수여야 합니다', 'must be a whole number of won') }),
    Min(min, { message: named(`${min}원 이상이어야 합니다`, `must be at least ${min} won`) }),
    Max(MAX_WON, { message: named('금액이 너무 큽니다', 'is too large') }),
  );

/** A business date YYYY-MM-DD that exists in the calendar. */
export const IsBusinessDate = () =>
  applyDecorators(
    ApiProperty({ type: String, format: 'date', example: '2022-01-28' }),
    ValidateBy(
      {
        name: 'isBusinessDate',
        validator: {
          validate: (v) => typeof v === 'string' && isCalendarDate(v),
          defaultMessage: named('날짜(YYYY-MM-DD)여야 합니다', 'must be a date (YYYY-MM-DD)'),
        },
      },
      { context: { code: 'VALIDATION.DATE' } },
    ),
  );

/** Why: every change to the books says why, in a sentence a colleague can read. */
export const IsReason = () =>
  applyDecorators(
    ApiProperty({ minLength: 2, maxLength: 500, example: '1월 교재 인쇄 계약' }),
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString({ message: named('사유를 적어 주세요', 'must be text') }),
    MinLength(2, { message: named('사유를 2자 이상 적어 주세요', 'must say why, in 2 characters or more') }),
    MaxLength(500, { message: named('500자 이내여야 합니다', 'must be at most 500 characters') }),
  );

export const IsLineCode = () =>
  applyDecorators(
    ApiProperty({ pattern: LINE_CODE.source, example: 'NEWCOMER' }),
    IsString({ message: named('예산 사업 코드여야 합니다', 'must be a budget line code') }),
    Matches(LINE_CODE, { message: named('대문자·숫자·하이픈으로 된 코드여야 합니다', 'must be upper-case letters, digits and hyphens') }),
  );

export const IsFiscalYear = () =>
  applyDecorators(
    ApiProperty({ type: Number, minimum: 2000, maximum: 2100, example: 2022 }),
    Type(() => Number),
    IsInt({ message: named('연도여야 합니다', 'must be a year') }),
    Min(2000, { message: named('2000년 이후여야 합니다', 'must be 2000 or later') }),
    Max(2100, { message: named('2100년 이전이어야 합니다', 'must be 2100 or earlier') }),
  );

export const IsName = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString({ message: named('글자여야 합니다', 'must be text') }),
    MinLength(1, { message: named('비어 있을 수 없습니다', 'must not be empty') }),
    MaxLength(200, { message: named('200자 이내여야 합니다', 'must be at most 200 characters') }),
  );
