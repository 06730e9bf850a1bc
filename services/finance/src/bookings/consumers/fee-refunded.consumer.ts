import { EventEnvelope, FeeRefundedV1, reliesOn } from '@baeum/contracts';
import { BatchEnd, EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FeeRevenue } from '../fee-revenue';

/** A refunded exam fee reverses that much revenue. */
@Injectable()
export class FeeRefundedConsumer implements EventHandler<FeeRefundedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(FeeRefundedV1, {
    applicationId: 'uuid',
    amount: 'won',
    refundedOn: 'date',
    paymentRef: 'string',
    reason: 'string',
  });
  readonly contract = FeeRefundedV1;

  constructor(private readonly fees: FeeRevenue) {}

  handle(event: EventEnvelope<FeeRefundedV1>, tx: EntityManager, batch: BatchEnd): Promise<void> {
    const p = event.payload;
    return this.fees.book(tx, batch, event, -BigInt(p.amount), p.refundedOn, `응시수수료 환불 (${p.reason}) / exam fee refunded`);
  }
}
