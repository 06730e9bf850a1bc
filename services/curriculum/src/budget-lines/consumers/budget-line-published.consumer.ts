import { BudgetLinePublishedV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { saveNewestLine } from '../budget-lines.queries';

/**
 * Keeps finance's budget lines, so that scheduling or changing a cohort checks its line in
 * curriculum's own transaction. The inbox makes a redelivery a no-op; events of one line arrive in
 * order (keyed by its id), and an older publication never replaces a newer one all the same.
 */
@Injectable()
export class BudgetLinePublishedConsumer implements EventHandler<BudgetLinePublishedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(BudgetLinePublishedV1, {
    budgetLineId: 'uuid',
    fiscalYear: 'int',
    code: 'string',
    nameKo: 'string',
    nameEn: 'string',
    chargeable: 'boolean',
  });
  readonly contract = BudgetLinePublishedV1;

  async handle(event: EventEnvelope<BudgetLinePublishedV1>, tx: EntityManager): Promise<void> {
    await saveNewestLine(tx, event.tenantId, event.payload, new Date(event.occurredAt));
  }
}
