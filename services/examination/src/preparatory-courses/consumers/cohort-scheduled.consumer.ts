import { CohortScheduledV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { keepCohort } from '../preparatory-cohort-queries';

@Injectable()
export class CohortScheduledConsumer implements EventHandler<CohortScheduledV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(CohortScheduledV1, {
    cohortId: 'uuid',
    courseCode: 'string',
    courseNameKo: 'string',
    startDate: 'date',
    endDate: 'date',
  });
  readonly contract = CohortScheduledV1;

  async handle(event: EventEnvelope<CohortScheduledV1>, tx: EntityManager): Promise<void> {
    await keepCohort(tx, event.tenantId, event.payload);
  }
}
