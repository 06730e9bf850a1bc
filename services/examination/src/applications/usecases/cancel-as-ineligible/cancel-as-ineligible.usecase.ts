import { ExamApplicationView, IneligibleDto } from '@baeum/api';
import { AuthUser } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RefundProcessor } from '../../../fees/refund-processor';
import { ApplicationQueries } from '../../application-queries';
import { Cancellation } from '../../cancellation';
import { alreadyCancelled } from '../cancel-application/cancel-application.usecase';

/**
 * 응시자격 미달 처리: an officer who finds an applicant ineligible (residency, age, a document that
 * does not hold) cancels the application with the reason, at any stage: it drops out of exam
 * numbers, seats, pass marks and pass lists, which count paid applications only. The refund rules
 * give nothing for ineligibility, so the fee is kept unless the officer refunds it in full (a fee
 * paid by mistake, or the institute's own error); the refund follows as for any cancellation.
 */
@Injectable()
export class CancelAsIneligibleUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationQueries,
    private readonly cancellation: Cancellation,
    private readonly refunds: RefundProcessor,
  ) {}

  async execute(user: AuthUser, id: string, body: IneligibleDto): Promise<ExamApplicationView> {
    const refundId = await this.dataSource.transaction(async (tx) => {
      const application = await this.applications.application(user, id, tx, true);
      if (application.status === 'cancelled') throw alreadyCancelled();
      const refund = application.status === 'paid' && body.refundInFull ? application.feeAmount : 0n;
      return this.cancellation.record(tx, application, {
        reason: 'ineligible',
        note: body.reason.trim(),
        refund,
        refundReason: 'ineligible_refunded_in_full',
      });
    });
    if (refundId) await this.refunds.processSoon(refundId);
    return this.applications.view(user, id);
  }
}
