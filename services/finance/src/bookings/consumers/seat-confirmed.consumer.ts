import { EventEnvelope, reliesOn, SeatConfirmedV1 } from '@baeum/contracts';
import { BatchEnd, EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CohortBookings } from '../cohort-bookings';

/** A confirmed seat commits the trainee's meals (교육생 급식지원) for the cohort's training days. */
@Injectable()
export class SeatConfirmedConsumer implements EventHandler<SeatConfirmedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(SeatConfirmedV1, { applicationId: 'uuid', cohortId: 'uuid' });
  readonly contract = SeatConfirmedV1;

  constructor(private readonly cohorts: CohortBookings) {}

  handle(event: EventEnvelope<SeatConfirmedV1>, tx: EntityManager, batch: BatchEnd): Promise<void> {
    return this.cohorts.seatChanged(tx, event, 'confirmed', batch);
  }
}
