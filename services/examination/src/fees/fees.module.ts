import { Module } from '@nestjs/common';
import { RefundProcessor } from './refund-processor';

/**
 * Fee payments and refunds. The PAYMENT_PROVIDER it refunds through is bound where the service is
 * wired (app.module.ts), since the provider chosen (payments/simulated-provider.ts) sits above.
 */
@Module({
  providers: [RefundProcessor],
  exports: [RefundProcessor],
})
export class FeesModule {}
