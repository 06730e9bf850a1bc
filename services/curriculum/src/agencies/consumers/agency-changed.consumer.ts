import { AgencyChangedV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { keepAgencyState } from '../agencies.queries';

/**
 * Keeps whether each agency is active, so that scheduling or changing a cohort refuses a quota for a
 * deactivated one in curriculum's own transaction. The newest by `changedAt` wins.
 */
@Injectable()
export class AgencyChangedConsumer implements EventHandler<AgencyChangedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(AgencyChangedV1, { code: 'string', nameKo: 'string', active: 'boolean', changedAt: 'instant' });
  readonly contract = AgencyChangedV1;

  async handle(event: EventEnvelope<AgencyChangedV1>, tx: EntityManager): Promise<void> {
    const { code, nameKo, active, changedAt } = event.payload;
    await keepAgencyState(tx, { tenantId: event.tenantId, code, nameKo, active, changedAt });
  }
}
