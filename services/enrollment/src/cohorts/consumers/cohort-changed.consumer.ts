import { CohortChangedV1, EventEnvelope } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CohortReplica } from '../cohort-replica';

/** A changed cohort: the whole snapshot replaces the replica, and freed seats go to the waitlist. */
@Injectable()
export class CohortChangedConsumer implements EventHandler<CohortChangedV1> {
  readonly contract = CohortChangedV1;

  constructor(private readonly replica: CohortReplica) {}

  handle(event: EventEnvelope<CohortChangedV1>, tx: EntityManager): Promise<void> {
    return this.replica.applySnapshot(tx, event.tenantId, event.payload);
  }
}
