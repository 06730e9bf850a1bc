import { CohortScheduledV1, EventEnvelope } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CohortReplica } from '../cohort-replica';

/** A scheduled cohort opens its seats here. */
@Injectable()
export class CohortScheduledConsumer implements EventHandler<CohortScheduledV1> {
  readonly contract = CohortScheduledV1;

  constructor(private readonly replica: CohortReplica) {}

  handle(event: EventEnvelope<CohortScheduledV1>, tx: EntityManager): Promise<void> {
    return this.replica.applySnapshot(tx, event.tenantId, event.payload);
  }
}
