import { EventEnvelope, FeePaidV1, reliesOn } from '@baeum/contracts';
import { BatchEnd, EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FeeRevenue } from '../fee-revenue';

/** A paid exam fee is revenue on the day it was paid. */
@Injectable()
export class FeePaidConsumer implements EventHandler<FeePaidV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(FeePaidV1, { applicationId: 'uuid', amount: 'won', paidOn: 'date', paymentRef: 'string' });
  readonly contract = FeePaidV1;

  constructor(private readonly fees: FeeRevenue) {}

  handle(event: EventEnvelope<FeePaidV1>, tx: EntityManager, batch: BatchEnd): Promise<void> {
    return this.fees.book(tx, batch, event, BigInt(event.payload.amount), event.payload.paidOn, '응시수수료 수납 / exam fee paid');
  }
}
