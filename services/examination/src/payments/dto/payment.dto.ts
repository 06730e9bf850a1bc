import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import type { PaymentCallback } from '../payment-provider';

export class PaymentCallbackDto implements PaymentCallback {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'paymentId must be a payment id (UUID)' })
  paymentId: string;

  @ApiProperty()
  @IsString() @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'providerRef must be the provider reference' })
  providerRef: string;

  @ApiProperty({ enum: ['approved', 'declined'] })
  @IsIn(['approved', 'declined'], { message: 'status must be approved or declined' })
  status: 'approved' | 'declined';

  @ApiProperty({ example: '5000' })
  @Matches(/^\d{1,12}$/, { message: 'amount must be whole won' })
  amount: string;

  @ApiProperty()
  @IsISO8601({ strict: true }, { message: 'approvedAt must be an ISO instant' })
  approvedAt: string;

  @ApiProperty({ description: 'HMAC-SHA256 (hex) of paymentId|providerRef|status|amount|approvedAt' })
  @Matches(/^[0-9a-f]{64}$/, { message: 'signature must be 64 hex digits' })
  signature: string;
}

export class SimulatedApprovalDto {
  @ApiProperty()
  @IsString() @MaxLength(600)
  checkoutToken: string;

  @ApiProperty({ enum: ['approved', 'declined'] })
  @IsIn(['approved', 'declined'], { message: 'outcome must be approved or declined' })
  outcome: 'approved' | 'declined';
}
