import { CohortCompletedV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CohortReplica } from '../cohort-replica';

/** Training ended (교육 종료): seats no longer change; completion can be decided. */
@Injectable()
export class CohortCompletedConsumer implements EventHandler<CohortCompletedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(CohortCompletedV1, { cohortId: 'uuid' });
  readonly contract = CohortCompletedV1;

  constructor(private readonly replica: CohortReplica) {}

  handle(event: EventEnvelope<CohortCompletedV1>, tx: EntityManager): Promise<void> {
    return this.replica.complete(tx, event.payload.cohortId);
  }
}
