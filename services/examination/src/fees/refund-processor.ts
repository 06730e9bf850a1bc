import { FeeRefundedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { LOGGER } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { seoulDate } from '@baeum/calendar';
import { dueRefunds } from './fee-queries';
import { PAYMENT_PROVIDER, PaymentProvider } from './payment-provider';
import { Refund } from './refund.entity';

const BATCH = 50;

/**
 * Pays owed refunds back through the provider, each under a row lock so that no two instances
 * refund it, with the refund id as the provider's idempotency key so that a crash after the
 * provider paid and before we committed refunds once. The fee-refunded event commits with it.
 */
@Injectable()
export class RefundProcessor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Records a refund owed, in the caller's transaction; returns its id. */
  async request(
    tx: EntityManager,
    refund: Pick<Refund, 'tenantId' | 'applicationId' | 'paymentId' | 'amount' | 'reason'>,
  ): Promise<string> {
    const id = randomUUID();
    await tx.insert(Refund, { ...refund, id, status: 'requested', providerRef: null, doneAt: null });
    return id;
  }

  /** Tries a just-requested refund at once; if that fails the season sweep pays it later. */
  async processSoon(refundId: string): Promise<void> {
    await this.processDue(refundId).catch((error) => this.logger.warn({ err: error, refundId }, 'refund not paid yet; the sweep retries'));
  }

  /** Pays what is owed (one refund, or a batch of any); returns how many were paid. */
  async processDue(refundId?: string): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const due = await dueRefunds(tx, BATCH, refundId);
      const now = new Date();
      for (const refund of due) {
        const providerRef = await this.provider.refund({
          refundId: refund.id,
          providerRef: refund.paymentRef,
          amount: BigInt(refund.amount),
        });
        await tx.update(Refund, { id: refund.id }, { status: 'done', providerRef, doneAt: now });
        await this.publisher.publish(tx, FeeRefundedV1, refund.tenantId, {
          applicationId: refund.applicationId,
          examId: refund.examId,
          amount: String(refund.amount),
          refundedOn: seoulDate(now),
          paymentRef: refund.paymentRef,
          reason: refund.reason,
        });
      }
      return due.length;
    });
  }
}
