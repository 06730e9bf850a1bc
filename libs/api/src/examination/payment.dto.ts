import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** The payment provider's signed notification of an approved or declined payment. */
export class PaymentCallbackDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: '결제 ID가 올바르지 않습니다 / paymentId must be a payment id (UUID)', context: { code: 'VALIDATION.ID' } })
  paymentId: string;

  @ApiProperty()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: '결제대행사 거래번호가 올바르지 않습니다 / providerRef must be the provider reference' })
  providerRef: string;

  @ApiProperty({ enum: ['approved', 'declined'] })
  @IsIn(['approved', 'declined'], { message: '결제 상태는 승인(approved) 또는 거절(declined)입니다 / status must be approved or declined' })
  status: 'approved' | 'declined';

  @ApiProperty({ example: '5000' })
  @Matches(/^\d{1,12}$/, { message: '결제 금액은 원 단위 정수입니다 / amount must be whole won' })
  amount: string;

  @ApiProperty()
  @IsISO8601(
    { strict: true },
    { message: '승인 일시는 ISO 8601 형식이어야 합니다 / approvedAt must be an ISO instant', context: { code: 'VALIDATION.DATE' } },
  )
  approvedAt: string;

  @ApiProperty({ description: 'HMAC-SHA256 (hex) of paymentId|providerRef|status|amount|approvedAt' })
  @Matches(/^[0-9a-f]{64}$/, { message: '서명은 16진수 64자리입니다 / signature must be 64 hex digits' })
  signature: string;
}

export class SimulatedApprovalDto {
  @ApiProperty()
  @IsString()
  @MaxLength(600)
  checkoutToken: string;

  @ApiProperty({ enum: ['approved', 'declined'] })
  @IsIn(['approved', 'declined'], {
    message: '결제 결과는 승인(approved) 또는 거절(declined)입니다 / outcome must be approved or declined',
  })
  outcome: 'approved' | 'declined';
}
