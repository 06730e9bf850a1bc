import { ApplicationCancelledV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { AuthUser } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { Payment } from '../../../payments/payment.entity';
import { RefundProcessor } from '../../../payments/refund-processor';
import { conflict } from '../../../shared/errors';
import { Application } from '../../application.entity';
import { ApplicationQueries } from '../../application-queries';
import { ApplicationView } from '../../application.view';
import { firstSittingOn, refundFor } from '../../refund-rules';

/**
 * 접수 취소: until the cancellation deadline, with the refund the rules give. The cancellation,
 * its event and the refund owed commit together; paying the refund back follows (RefundProcessor).
 */
@Injectable()
export class CancelApplicationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    private readonly applications: ApplicationQueries,
    private readonly exams: ExamQueries,
    private readonly refunds: RefundProcessor,
  ) {}

  async execute(user: AuthUser, id: string): Promise<ApplicationView> {
    const refundId = await this.dataSource.transaction(async (tx) => {
      const application = await this.applications.application(user, id, tx, true);
      const exam = await this.exams.exam(user.tenantId, application.examId, tx);
      const now = new Date();
      if (application.status === 'cancelled') throw conflict('이미 취소된 원서입니다', 'the application is already cancelled');
      if (now >= exam.cancellationClosesAt) throw conflict('취소 기간이 지났습니다', 'the cancellation period is over');
      const refund = application.status === 'paid' ? refundFor(application.feeAmount, now, { applicationClosesAt: exam.applicationClosesAt, firstSittingOn: firstSittingOn(exam) }).amount : 0n;
      await tx.update(Application, { id }, { status: 'cancelled', cancelReason: 'by_applicant', cancelledAt: now, refundAmount: refund, updatedAt: now });
      await this.publisher.publish(tx, ApplicationCancelledV1, user.tenantId, {
        applicationId: id,
        examId: application.examId,
        positionId: application.positionId,
        reason: 'by_applicant',
        cancelledAt: now.toISOString(),
      });
      if (refund === 0n) return null;
      const payment = await tx.findOneOrFail(Payment, { where: { applicationId: id, status: 'paid', providerRef: application.paymentRef! } });
      return this.refunds.request(tx, { tenantId: user.tenantId, applicationId: id, paymentId: payment.id, amount: refund, reason: 'cancelled_by_applicant' });
    });
    if (refundId) await this.refunds.processSoon(refundId);
    return this.applications.view(user, id);
  }
}
