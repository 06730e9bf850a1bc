import { conflict, notFound } from '@baeum/service-kit';
import { NoRoomOnLine } from './ledger';

const won = (n: bigint) => n.toLocaleString('en-US');

export const commitmentNotFound = () => notFound('COMMITMENT.NOT_FOUND', { message: '원인행위를 찾을 수 없습니다 / Commitment not found' });

/**
 * A stop line refuses what it has no room for; the answer says how much room there is (also as
 * `remaining` beside the code, as the pages have read it). `field` names the amount asked, when
 * the caller typed one.
 */
export function refusal(error: unknown, field?: string): unknown {
  if (!(error instanceof NoRoomOnLine)) return error;
  const left = error.line.amount - error.line.committed;
  return conflict('LEDGER.OVER_BUDGET', {
    ...(field ? { field } : {}),
    params: { remaining: left.toString(), requested: error.amount.toString(), line: error.line.code, fiscalYear: error.line.fiscalYear },
    message: `예산 잔액이 부족합니다: 잔액 ${won(left)}원, 요청 ${won(error.amount)}원 (집행 중지 사업) / Not enough budget left on a stop line: ${won(left)} won left, ${won(error.amount)} won asked`,
    details: { remaining: left.toString() },
  });
}
