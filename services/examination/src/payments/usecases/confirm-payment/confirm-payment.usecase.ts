import { FeePaymentCallbackStatus, PaymentCallbackDto, PaymentReceiptView } from '@baeum/api';
import { FeePaidV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { CodedException, conflict, fieldError, invalidInput, notFound } from '@baeum/service-kit';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Application } from '../../../applications/application.entity';
import { seoulDate } from '@baeum/calendar';
import { Payment } from '../../../fees/payment.entity';
import { PAYMENT_PROVIDER, PaymentProvider } from '../../../fees/payment-provider';
import { RefundProcessor } from '../../../fees/refund-processor';
import { lockedApplication, lockedPayment } from '../../payment-queries';

/**
 * The provider's signed callback. An approved payment marks the application paid and books the
 * fee (fee-paid event) in one transaction; a repeated callback changes nothing. Money that arrives
 * for an application that no longer needs it (lapsed, cancelled, already paid) is booked and
 * refunded in full, so finance's books match the provider's.
 */
@Injectable()
export class ConfirmPaymentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly refunds: RefundProcessor,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
  ) {}

  async execute(callback: PaymentCallbackDto): Promise<PaymentReceiptView> {
    if (!this.provider.verifyCallback(callback))
      throw new CodedException(HttpStatus.UNAUTHORIZED, 'EXAM_PAYMENT.BAD_SIGNATURE', {
        message: '결제 통지의 서명이 올바르지 않습니다 / the callback signature is invalid',
      });
    const outcome = await this.dataSource.transaction(
      async (tx): Promise<{ status: FeePaymentCallbackStatus; refundId: string | null }> => {
        const payment = await lockedPayment(tx, callback.paymentId);
        if (!payment)
          throw notFound('EXAM_PAYMENT.NOT_FOUND', { field: 'paymentId', message: '결제을(를) 찾을 수 없습니다 / Payment not found' });
        if (payment.amount.toString() !== callback.amount)
          throw invalidInput([
            fieldError(
              'amount',
              'EXAM_PAYMENT.AMOUNT_MISMATCH',
              { charged: payment.amount.toString() },
              '결제 금액이 청구 금액과 다릅니다 / the amount differs from the amount charged',
            ),
          ]);
        if (payment.status === 'paid') {
          if (payment.providerRef === callback.providerRef) return { status: 'paid', refundId: null };
          throw conflict('EXAM_PAYMENT.ALREADY_APPROVED', {
            message: '이미 다른 승인으로 결제된 건입니다 / the payment was already approved under another reference',
          });
        }
        const now = new Date();
        if (callback.status === 'declined') {
          await tx.update(Payment, { id: payment.id }, { status: 'declined', providerRef: callback.providerRef, completedAt: now });
          return { status: 'declined', refundId: null };
        }
        await tx.update(Payment, { id: payment.id }, { status: 'paid', providerRef: callback.providerRef, completedAt: now });
        const application = await lockedApplication(tx, payment.applicationId);
        await this.publisher.publish(tx, FeePaidV1, payment.tenantId, {
          applicationId: application.id,
          examId: application.examId,
          amount: payment.amount.toString(),
          paidOn: seoulDate(new Date(callback.approvedAt)),
          paymentRef: callback.providerRef,
          applicantUserId: application.applicantId,
        });
        if (application.status === 'pending_payment') {
          await tx.update(
            Application,
            { id: application.id },
            { status: 'paid', paidAt: new Date(callback.approvedAt), paymentRef: callback.providerRef, updatedAt: now },
          );
          return { status: 'paid', refundId: null };
        }
        const reason = application.status === 'paid' ? 'duplicate_payment' : 'paid_after_cancellation';
        const refundId = await this.refunds.request(tx, {
          tenantId: payment.tenantId,
          applicationId: application.id,
          paymentId: payment.id,
          amount: payment.amount,
          reason,
        });
        return { status: 'refunded', refundId };
      },
    );
    if (outcome.refundId) await this.refunds.processSoon(outcome.refundId);
    return { received: true, status: outcome.status };
  }
}
