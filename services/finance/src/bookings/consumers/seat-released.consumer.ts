import { EventEnvelope, reliesOn, SeatReleasedV1 } from '@baeum/contracts';
import { BatchEnd, EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CohortBookings } from '../cohort-bookings';

/** A released seat gives the trainee's meals back. */
@Injectable()
export class SeatReleasedConsumer implements EventHandler<SeatReleasedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(SeatReleasedV1, { applicationId: 'uuid', cohortId: 'uuid' });
  readonly contract = SeatReleasedV1;

  constructor(private readonly cohorts: CohortBookings) {}

  handle(event: EventEnvelope<SeatReleasedV1>, tx: EntityManager, batch: BatchEnd): Promise<void> {
    return this.cohorts.seatChanged(tx, event, 'released', batch);
  }
}
