import { ApiProperty } from '@nestjs/swagger';
import { FEE_PAYMENT_CALLBACK_STATUSES, FEE_PAYMENT_OUTCOMES, FeePaymentCallbackStatus, FeePaymentOutcome } from './vocabulary';

/** A payment for the provider's checkout page; asking again while it is open gives the same one. */
export class CheckoutView {
  @ApiProperty({ format: 'uuid' })
  paymentId: string;

  @ApiProperty({ type: String, description: 'Integer won as a string (bigint)', example: '5000' })
  amount: string;

  @ApiProperty({ description: "the token the provider's checkout page takes" })
  checkoutToken: string;
}

/** The answer to the provider's callback: what it did. */
export class PaymentReceiptView {
  @ApiProperty({ type: Boolean, enum: [true] })
  received: true;

  @ApiProperty({ enum: FEE_PAYMENT_CALLBACK_STATUSES, enumName: 'FeePaymentCallbackStatus' })
  status: FeePaymentCallbackStatus;
}

/** The simulated checkout page's answer: the outcome chosen and what its callback did. */
export class SimulatedApprovalView extends PaymentReceiptView {
  @ApiProperty({ enum: FEE_PAYMENT_OUTCOMES, enumName: 'FeePaymentOutcome' })
  outcome: FeePaymentOutcome;
}
