import { CohortChangedV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CohortBookings } from '../cohort-bookings';

/** A changed cohort adjusts its commitment: another cost, line or year, other days for its meals. */
@Injectable()
export class CohortChangedConsumer implements EventHandler<CohortChangedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(CohortChangedV1, {
    cohortId: 'uuid',
    courseCode: 'string',
    courseNameKo: 'string',
    startDate: 'date',
    endDate: 'date',
    budgetLineCode: 'string',
    estimatedCost: 'won',
    reason: 'string',
  });
  readonly contract = CohortChangedV1;

  constructor(private readonly cohorts: CohortBookings) {}

  handle(event: EventEnvelope<CohortChangedV1>, tx: EntityManager): Promise<void> {
    return this.cohorts.applySnapshot(tx, event, `기수 변경 (${event.payload.reason})`);
  }
}
