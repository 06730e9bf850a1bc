import { CohortCancelledV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CohortReplica } from '../cohort-replica';

/** 폐강: every seat is released and everyone who applied is told. */
@Injectable()
export class CohortCancelledConsumer implements EventHandler<CohortCancelledV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(CohortCancelledV1, { cohortId: 'uuid' });
  readonly contract = CohortCancelledV1;

  constructor(private readonly replica: CohortReplica) {}

  handle(event: EventEnvelope<CohortCancelledV1>, tx: EntityManager): Promise<void> {
    return this.replica.cancel(tx, event.payload.cohortId);
  }
}
