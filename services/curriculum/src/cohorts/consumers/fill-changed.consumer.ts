import { EventEnvelope, FillChangedV1, reliesOn } from '@baeum/contracts';
import { EventHandler, PermanentEventError } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Cohort } from '../cohort.entity';

/** Keeps each cohort's fill as enrollment reports it: the course manager sees fill rates and under-filled cohorts. */
@Injectable()
export class FillChangedConsumer implements EventHandler<FillChangedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(FillChangedV1, { cohortId: 'uuid', confirmed: 'int', waitlisted: 'int', underFilled: 'boolean' });
  readonly contract = FillChangedV1;

  async handle(event: EventEnvelope<FillChangedV1>, tx: EntityManager): Promise<void> {
    const { cohortId, confirmed, waitlisted, underFilled } = event.payload;
    const result = await tx.update(
      Cohort,
      { id: cohortId, tenantId: event.tenantId },
      { confirmed, waitlisted, underFilled, fillUpdatedAt: new Date(event.occurredAt) },
    );
    if (!result.affected) throw new PermanentEventError(`cohort ${cohortId} does not exist in tenant ${event.tenantId}`);
  }
}
