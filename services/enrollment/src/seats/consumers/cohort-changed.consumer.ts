import { CohortChangedV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CohortReplica } from '../cohort-replica';
import { SNAPSHOT_READ } from './cohort-scheduled.consumer';

/** A changed cohort: the whole snapshot replaces the replica, and freed seats go to the waitlist. */
@Injectable()
export class CohortChangedConsumer implements EventHandler<CohortChangedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(CohortChangedV1, SNAPSHOT_READ);
  readonly contract = CohortChangedV1;

  constructor(private readonly replica: CohortReplica) {}

  handle(event: EventEnvelope<CohortChangedV1>, tx: EntityManager): Promise<void> {
    return this.replica.applySnapshot(tx, event.tenantId, event.payload);
  }
}
