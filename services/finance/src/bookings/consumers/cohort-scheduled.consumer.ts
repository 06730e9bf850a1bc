import { CohortScheduledV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CohortBookings } from '../cohort-bookings';

/** A scheduled cohort commits its estimated cost against the course's budget line. */
@Injectable()
export class CohortScheduledConsumer implements EventHandler<CohortScheduledV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(CohortScheduledV1, {
    cohortId: 'uuid',
    courseCode: 'string',
    courseNameKo: 'string',
    startDate: 'date',
    endDate: 'date',
    budgetLineCode: 'string',
    estimatedCost: 'won',
  });
  readonly contract = CohortScheduledV1;

  constructor(private readonly cohorts: CohortBookings) {}

  handle(event: EventEnvelope<CohortScheduledV1>, tx: EntityManager): Promise<void> {
    return this.cohorts.applySnapshot(tx, event, '기수 편성 예정 비용');
  }
}
