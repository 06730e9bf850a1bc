import { CheckoutView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApplicationQueries } from '../../../applications/application-queries';
import { ExamQueries } from '../../../exams/exam-queries';
import { Payment } from '../../../fees/payment.entity';
import { PAYMENT_PROVIDER, PaymentProvider } from '../../../fees/payment-provider';

/** 응시수수료 결제 시작: a payment for the provider's page; asking again while it is open gives the same one. */
@Injectable()
export class StartPaymentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationQueries,
    private readonly exams: ExamQueries,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
  ) {}

  async execute(user: AuthUser, applicationId: string): Promise<CheckoutView> {
    return this.dataSource.transaction(async (tx) => {
      const application = await this.applications.application(user, applicationId, tx, true);
      if (application.status !== 'pending_payment')
        throw conflict('EXAM_PAYMENT.NOTHING_DUE', {
          message: '결제할 수 없는 원서입니다 (이미 결제했거나 취소됨) / nothing to pay: the fee is paid or the application cancelled',
        });
      const exam = await this.exams.exam(user.tenantId, application.examId, tx);
      if (new Date() >= exam.applicationClosesAt)
        throw conflict('EXAM_PAYMENT.WINDOW_CLOSED', {
          message: '접수 마감이 지나 결제할 수 없습니다 / the fee cannot be paid after applications close',
        });
      const open = await tx.findOne(Payment, { where: { applicationId, status: 'pending' } });
      const payment = open ?? {
        id: randomUUID(),
        tenantId: user.tenantId,
        applicationId,
        amount: application.feeAmount,
        status: 'pending' as const,
        providerRef: null,
        createdAt: new Date(),
        completedAt: null,
      };
      if (!open) await tx.insert(Payment, payment);
      return { paymentId: payment.id, amount: payment.amount.toString(), checkoutToken: this.provider.checkout(payment) };
    });
  }
}
