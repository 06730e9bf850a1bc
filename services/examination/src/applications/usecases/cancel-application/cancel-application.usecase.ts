import { ExamApplicationView } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { RefundProcessor } from '../../../fees/refund-processor';
import { ApplicationQueries } from '../../application-queries';
import { Cancellation } from '../../cancellation';
import { firstSittingOn, refundFor } from '../../refund-rules';

/** The application is cancelled already: nothing more to cancel. */
export const alreadyCancelled = () =>
  conflict('EXAM_APPLICATION.CANCELLED', { message: '이미 취소된 원서입니다 / the application is already cancelled' });

/**
 * 접수 취소: until the cancellation deadline, with the refund the rules give. The cancellation,
 * its event and the refund owed commit together; paying the refund back follows (RefundProcessor).
 */
@Injectable()
export class CancelApplicationUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationQueries,
    private readonly exams: ExamQueries,
    private readonly cancellation: Cancellation,
    private readonly refunds: RefundProcessor,
  ) {}

  async execute(user: AuthUser, id: string): Promise<ExamApplicationView> {
    const refundId = await this.dataSource.transaction(async (tx) => {
      const application = await this.applications.application(user, id, tx, true);
      const exam = await this.exams.exam(user.tenantId, application.examId, tx);
      const now = new Date();
      if (application.status === 'cancelled') throw alreadyCancelled();
      if (now >= exam.cancellationClosesAt)
        throw conflict('EXAM_APPLICATION.CANCELLATION_CLOSED', {
          params: { closedAt: exam.cancellationClosesAt.toISOString() },
          message: '취소 기간이 지났습니다 / the cancellation period is over',
        });
      const refund =
        application.status === 'paid'
          ? refundFor(application.feeAmount, now, { applicationClosesAt: exam.applicationClosesAt, firstSittingOn: firstSittingOn(exam) })
              .amount
          : 0n;
      return this.cancellation.record(tx, application, { reason: 'by_applicant', refund, refundReason: 'cancelled_by_applicant' });
    });
    if (refundId) await this.refunds.processSoon(refundId);
    return this.applications.view(user, id);
  }
}
