import { EventEnvelope } from '@baeum/contracts';
import { BatchEnd, PermanentEventError } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { fiscalYearOf } from '@baeum/calendar';
import { Ledger } from '../ledger/ledger';
import { collectedFor } from '../ledger/ledger.queries';
import { actorOf } from '../shared/actor';
import { BookRules } from './book-rules';

/**
 * Exam fees (응시수수료) as revenue on the year's fee line (경상적세외수입 includes 수수료); a refund
 * is negative revenue in the year it is paid back, and never more than the application paid.
 */
@Injectable()
export class FeeRevenue {
  constructor(
    private readonly ledger: Ledger,
    private readonly rules: BookRules,
  ) {}

  async book(
    tx: EntityManager,
    batch: BatchEnd,
    event: EventEnvelope<{ applicationId: string; paymentRef: string }>,
    amount: bigint,
    on: string,
    reason: string,
  ): Promise<void> {
    const { applicationId } = event.payload;
    if (amount === 0n) return; // a waived fee moves no money
    const fiscalYear = fiscalYearOf(on);
    const rules = await this.rules.of(tx, event.tenantId, fiscalYear);
    const line = rules?.feeRevenueLineCode ? await this.ledger.lineOf(tx, event.tenantId, fiscalYear, rules.feeRevenueLineCode) : null;
    if (!line || line.kind !== 'revenue') throw new PermanentEventError(`fiscal year ${fiscalYear} has no fee revenue line in its book`);
    if (amount < 0n) {
      // What the batch collects before this refund counts as paid, though it is written at the batch's end.
      const paid = (await collectedFor(tx, event.tenantId, applicationId)) + this.ledger.collectingFor(tx, applicationId);
      if (-amount > paid)
        throw new PermanentEventError(`refund of ${-amount} won exceeds the ${paid} won application ${applicationId} has paid`);
    }
    this.ledger.collect(tx, batch, line, amount, applicationId, {
      bookedOn: on,
      actor: actorOf(event),
      event,
      reason: `${reason} (${event.payload.paymentRef})`,
    });
  }
}
