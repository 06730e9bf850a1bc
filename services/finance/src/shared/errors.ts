import { conflict, notFound } from '@baeum/service-kit';

/*
 * The finance service's coded refusals, in one place (as `shared/errors.ts` in the other services):
 * each built on the service kit's `notFound` and `conflict`, with the sentence Korean first.
 */

const won = (n: bigint) => n.toLocaleString('en-US');

export const bookNotFound = (fiscalYear: number) =>
  notFound('BUDGET_BOOK.NOT_FOUND', {
    params: { fiscalYear },
    message: `${fiscalYear}회계연도 예산서가 없습니다 / No budget book for fiscal year ${fiscalYear}`,
  });

export const lineNotFound = (fiscalYear: number, code: string) =>
  notFound('BUDGET_LINE.NOT_FOUND', { params: { fiscalYear, code }, message: '예산 사업을 찾을 수 없습니다 / Budget line not found' });

export const commitmentNotFound = () => notFound('COMMITMENT.NOT_FOUND', { message: '원인행위를 찾을 수 없습니다 / Commitment not found' });

/**
 * A stop line refuses what it has no room for; the answer says how much room there is (also as
 * `remaining` beside the code, as the pages have read it). `field` names the amount asked, when
 * the caller typed one.
 */
export function overBudget(line: { code: string; fiscalYear: number }, left: bigint, requested: bigint, field?: string) {
  return conflict('LEDGER.OVER_BUDGET', {
    ...(field ? { field } : {}),
    params: { remaining: left.toString(), requested: requested.toString(), line: line.code, fiscalYear: line.fiscalYear },
    message:
      `예산 잔액이 부족합니다: 잔액 ${won(left)}원, 요청 ${won(requested)}원 (집행 중지 사업) / Not enough budget left ` +
      `on a stop line: ${won(left)} won left, ${won(requested)} won asked`,
    details: { remaining: left.toString() },
  });
}
