import { AuthUser } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExamQueries } from '../../../exams/exam-queries';
import { RefundProcessor } from '../../../payments/refund-processor';
import { conflict } from '../../../shared/errors';
import { ApplicationQueries } from '../../application-queries';
import { ApplicationView } from '../../application.view';
import { Cancellation } from '../../cancellation';
import { firstSittingOn, refundFor } from '../../refund-rules';

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

  async execute(user: AuthUser, id: string): Promise<ApplicationView> {
    const refundId = await this.dataSource.transaction(async (tx) => {
      const application = await this.applications.application(user, id, tx, true);
      const exam = await this.exams.exam(user.tenantId, application.examId, tx);
      const now = new Date();
      if (application.status === 'cancelled') throw conflict('이미 취소된 원서입니다', 'the application is already cancelled');
      if (now >= exam.cancellationClosesAt) throw conflict('취소 기간이 지났습니다', 'the cancellation period is over');
      const refund = application.status === 'paid' ? refundFor(application.feeAmount, now, { applicationClosesAt: exam.applicationClosesAt, firstSittingOn: firstSittingOn(exam) }).amount : 0n;
      return this.cancellation.record(tx, application, { reason: 'by_applicant', refund, refundReason: 'cancelled_by_applicant' });
    });
    if (refundId) await this.refunds.processSoon(refundId);
    return this.applications.view(user, id);
  }
}
