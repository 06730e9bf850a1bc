import { CohortCancelledV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CohortBookings } from '../cohort-bookings';

/** A cancelled cohort (폐강) releases its commitment and its trainees' meals. */
@Injectable()
export class CohortCancelledConsumer implements EventHandler<CohortCancelledV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(CohortCancelledV1, { cohortId: 'uuid', reason: 'string' });
  readonly contract = CohortCancelledV1;

  constructor(private readonly cohorts: CohortBookings) {}

  handle(event: EventEnvelope<CohortCancelledV1>, tx: EntityManager): Promise<void> {
    return this.cohorts.cancel(tx, event);
  }
}
