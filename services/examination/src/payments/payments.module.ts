import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { ExamsModule } from '../exams/exams.module';
import { FeesModule } from '../fees/fees.module';
import { PaymentsController } from './payments.controller';
import { ConfirmPaymentUseCase } from './usecases/confirm-payment/confirm-payment.usecase';
import { StartPaymentUseCase } from './usecases/start-payment/start-payment.usecase';

@Module({
  imports: [ExamsModule, ApplicationsModule, FeesModule],
  controllers: [PaymentsController],
  providers: [StartPaymentUseCase, ConfirmPaymentUseCase],
})
export class PaymentsModule {}
