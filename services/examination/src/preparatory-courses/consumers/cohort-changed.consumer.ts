import { CohortCancelledV1, CohortChangedV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PreparatoryCohort } from '../preparatory-cohort.entity';
import { keepCohort } from '../preparatory-cohort-queries';

/** A rescheduled cohort: the replica takes the whole snapshot the event carries. */
@Injectable()
export class CohortChangedConsumer implements EventHandler<CohortChangedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(CohortChangedV1, {
    cohortId: 'uuid',
    courseCode: 'string',
    courseNameKo: 'string',
    startDate: 'date',
    endDate: 'date',
  });
  readonly contract = CohortChangedV1;

  async handle(event: EventEnvelope<CohortChangedV1>, tx: EntityManager): Promise<void> {
    await keepCohort(tx, event.tenantId, event.payload);
  }
}

/** 폐강: kept and marked, so a feedback report that pointed to it says the cohort was cancelled. */
@Injectable()
export class CohortCancelledConsumer implements EventHandler<CohortCancelledV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(CohortCancelledV1, { cohortId: 'uuid' });
  readonly contract = CohortCancelledV1;

  async handle(event: EventEnvelope<CohortCancelledV1>, tx: EntityManager): Promise<void> {
    await tx.update(PreparatoryCohort, { cohortId: event.payload.cohortId, tenantId: event.tenantId }, { cancelled: true });
  }
}
