import { ApplicationCancelledV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Payment } from '../fees/payment.entity';
import { RefundProcessor } from '../fees/refund-processor';
import { Application } from './application.entity';

export interface CancellationTerms {
  reason: ApplicationCancelledV1['reason'];
  /** In the officer's words, when an officer cancels. */
  note?: string;
  refund: bigint;
  /** Why the money goes back, as finance reads it on the refund event. */
  refundReason: string;
}

/**
 * One cancellation, in the caller's transaction: the application's row, its event and the refund
 * owed commit together. Returns the refund to pay back once they have (RefundProcessor.processSoon).
 */
@Injectable()
export class Cancellation {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly refunds: RefundProcessor,
  ) {}

  async record(tx: EntityManager, application: Application, terms: CancellationTerms): Promise<string | null> {
    const now = new Date();
    await tx.update(
      Application,
      { id: application.id },
      {
        status: 'cancelled',
        cancelReason: terms.reason,
        cancelNote: terms.note ?? null,
        cancelledAt: now,
        refundAmount: terms.refund,
        updatedAt: now,
      },
    );
    await this.publisher.publish(tx, ApplicationCancelledV1, application.tenantId, {
      applicationId: application.id,
      examId: application.examId,
      positionId: application.positionId,
      reason: terms.reason,
      cancelledAt: now.toISOString(),
    });
    if (terms.refund === 0n) return null;
    const payment = await tx.findOneOrFail(Payment, {
      where: { applicationId: application.id, status: 'paid', providerRef: application.paymentRef! },
    });
    return this.refunds.request(tx, {
      tenantId: application.tenantId,
      applicationId: application.id,
      paymentId: payment.id,
      amount: terms.refund,
      reason: terms.refundReason,
    });
  }
}
