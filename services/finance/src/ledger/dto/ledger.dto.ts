import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsBusinessDate, IsReason, IsWon } from '../../validation';

export class RecordCommitmentDto {
  @IsWon(1, 'amount committed')
  amount: number;

  /** 원인행위일: the day it counts from in reports; a day of the line's fiscal year. */
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
export class CorrectionDto {
  @ApiPropertyOptional({ description: 'Defaults to today (Asia/Seoul)' })
  @IsOptional()
  @IsBusinessDate()
  bookedOn?: string;

  @IsReason()
  reason: string;
}

export class ReleaseCommitmentDto extends CorrectionDto {
  @IsWon(1, 'amount released')
  amount: number;
}
