import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsBusinessDate, IsReason, IsWon, named } from './validation';

export class RecordCommitmentDto {
  @IsWon(1, 'amount committed')
  amount: number;

  /** 원인행위일: the day it counts from in reports; a day of the line's fiscal year. */
  @ApiProperty({ type: String, format: 'date', description: "원인행위일: a day of the line's fiscal year", example: '2022-01-28' })
  @IsBusinessDate()
  bookedOn: string;

  @IsReason()
  reason: string;
}

export class RecordPaymentDto {
  @IsWon(1, 'amount paid')
  amount: number;

  @IsBusinessDate()
  paidOn: string;

  @IsReason()
  reason: string;
}

/** A change to what is booked: when it counts (today by default) and why. */
export class LedgerCorrectionDto {
  @ApiPropertyOptional({ description: 'Defaults to today (Asia/Seoul)' })
  @IsOptional()
  @IsBusinessDate()
  bookedOn?: string;

  @IsReason()
  reason: string;
}

export class ReleaseCommitmentDto extends LedgerCorrectionDto {
  @IsWon(1, 'amount released')
  amount: number;
}

/** `:id` in a path: a commitment's or an entry's id. */
export class LedgerIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: named('ID(UUID)여야 합니다', 'must be an id (UUID)'), context: { code: 'VALIDATION.ID' } })
  id: string;
}
