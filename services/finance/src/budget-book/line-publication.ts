import { BudgetLinePublishedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { EntityManager } from 'typeorm';
import { BudgetLine } from './entities/budget-line.entity';

/** What other services may know of a line: curriculum keeps these to check a cohort's line itself. */
export const budgetLinePublished = (line: BudgetLine): BudgetLinePublishedV1 => ({
  budgetLineId: line.id,
  fiscalYear: line.fiscalYear,
  code: line.code,
  nameKo: line.nameKo,
  nameEn: line.nameEn,
  // The same lines as finance's `/budget-lines` list: a cohort or a sitting is charged to an expenditure line.
  chargeable: line.kind === 'expenditure',
});

/** Announces lines created or changed in `tx`, in the same transaction (one tenant's or several). */
export async function publishBudgetLines(tx: EntityManager, publisher: EventPublisher, lines: BudgetLine[]): Promise<void> {
  await publisher.publishPerTenant(tx, BudgetLinePublishedV1, lines, (line) => line.tenantId, budgetLinePublished);
}
