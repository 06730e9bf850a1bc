import { ConflictException, NotFoundException } from '@nestjs/common';
import { NoRoomOnLine } from './ledger';

const won = (n: bigint) => n.toLocaleString('en-US');

export const commitmentNotFound = () => new NotFoundException('원인행위를 찾을 수 없습니다 / Commitment not found');

/** A stop line refuses what it has no room for; the answer says how much room there is. */
export function refusal(error: unknown): unknown {
  if (!(error instanceof NoRoomOnLine)) return error;
  const left = error.line.amount - error.line.committed;
  return new ConflictException({
    statusCode: 409,
    message: `예산 잔액이 부족합니다: 잔액 ${won(left)}원, 요청 ${won(error.amount)}원 (집행 중지 사업) / Not enough budget left on a stop line: ${won(left)} won left, ${won(error.amount)} won asked`,
    remaining: left.toString(),
  });
}
