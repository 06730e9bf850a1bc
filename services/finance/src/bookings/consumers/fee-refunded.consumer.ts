import { EventEnvelope, FeeRefundedV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FeeRevenue } from '../fee-revenue';

/** A refunded exam fee reverses that much revenue. */
@Injectable()
export class FeeRefundedConsumer implements EventHandler<FeeRefundedV1> {
  readonly contract = FeeRefundedV1;

  constructor(private readonly fees: FeeRevenue) {}

  handle(event: EventEnvelope<FeeRefundedV1>, tx: EntityManager): Promise<void> {
    const p = event.payload;
    return this.fees.book(tx, event, -BigInt(p.amount), p.refundedOn, `응시수수료 환불 (${p.reason}) / exam fee refunded`);
  }
}
