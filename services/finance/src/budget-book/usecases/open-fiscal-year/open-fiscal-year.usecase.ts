import { EventPublisher } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { conflict, fieldError, invalidInput } from '@baeum/service-kit';
import type { Actor } from '../../../shared/actor';
import { insertBookIfNew, quarterlyPlansOf } from '../../budget-book.queries';
import { BudgetAmendment } from '../../entities/budget-amendment.entity';
import { BudgetGroup } from '../../entities/budget-group.entity';
import { BudgetLine } from '../../entities/budget-line.entity';
import { FiscalYear } from '../../entities/fiscal-year.entity';
import { publishBudgetLines } from '../../line-publication';
import { QuarterlyPlan } from '../../entities/quarterly-plan.entity';

export interface OpenFiscalYear {
  fiscalYear: number;
  /** The book to carry forward; the latest earlier one when left out, none if there is none. */
  copyFrom?: number;
}

/**
 * 예산서 편성: opens a fiscal year's book. Carried forward from another year, it gets that year's
 * tree, lines with their current amounts as its original budget, controls, officers, quarterly
 * plans and booking rules, for the planner to amend; with nothing to copy it opens empty.
 */
@Injectable()
export class OpenFiscalYearUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  execute(tenantId: string, actor: Actor, command: OpenFiscalYear): Promise<FiscalYear> {
    return this.dataSource.transaction((tx) => openFiscalYear(tx, this.publisher, tenantId, actor, command));
  }
}

export async function openFiscalYear(
  tx: EntityManager,
  publisher: EventPublisher,
  tenantId: string,
  actor: Actor,
  { fiscalYear, copyFrom }: OpenFiscalYear,
): Promise<FiscalYear> {
  if (copyFrom === fiscalYear)
    throw invalidInput([
      fieldError(
        'copyFrom',
        'BUDGET_BOOK.COPY_FROM_SAME_YEAR',
        { fiscalYear },
        'copyFrom: 다른 연도여야 합니다 / copyFrom must be another year',
      ),
    ]);
  const source = copyFrom
    ? await tx.findOne(FiscalYear, { where: { tenantId, fiscalYear: copyFrom } })
    : await tx.findOne(FiscalYear, { where: { tenantId, fiscalYear: LessThan(fiscalYear) }, order: { fiscalYear: 'DESC' } });
  if (copyFrom && !source)
    throw invalidInput([
      fieldError(
        'copyFrom',
        'BUDGET_BOOK.COPY_FROM_MISSING',
        { copyFrom },
        `copyFrom: ${copyFrom}회계연도 예산서가 없습니다 / there is no book for ${copyFrom}`,
      ),
    ]);
  const book: FiscalYear = {
    tenantId,
    fiscalYear,
    carriedFrom: source?.fiscalYear ?? null,
    mealLineCode: source?.mealLineCode ?? null,
    mealCostPerDay: source?.mealCostPerDay ?? null,
    feeRevenueLineCode: source?.feeRevenueLineCode ?? null,
    openedAt: new Date(),
    openedByName: actor.name,
  };
  // Two planners opening the same year at once: the second waits for the first, then finds it open.
  if (!(await insertBookIfNew(tx, book))) {
    throw conflict('BUDGET_BOOK.ALREADY_OPEN', {
      field: 'fiscalYear',
      params: { fiscalYear },
      message: `${fiscalYear}회계연도 예산서는 이미 있습니다 / The book of fiscal year ${fiscalYear} is already open`,
    });
  }
  if (source) await carryForward(tx, publisher, tenantId, actor, source.fiscalYear, fiscalYear);
  return book;
}

async function carryForward(
  tx: EntityManager,
  publisher: EventPublisher,
  tenantId: string,
  actor: Actor,
  from: number,
  to: number,
): Promise<void> {
  const reason = `${from}회계연도 예산현액으로 편성 / opened from the current amounts of fiscal year ${from}`;
  const groups = await tx.find(BudgetGroup, { where: { tenantId, fiscalYear: from } });
  const newGroupId = new Map(groups.map((g) => [g.id, randomUUID()]));
  // Parents before children, so each row's parent exists when it is inserted.
  const depth = (g: BudgetGroup): number => (g.parentId ? 1 + depth(groups.find((p) => p.id === g.parentId)!) : 0);
  for (const g of [...groups].sort((a, b) => depth(a) - depth(b))) {
    await tx.insert(BudgetGroup, {
      ...g,
      id: newGroupId.get(g.id)!,
      fiscalYear: to,
      parentId: g.parentId ? newGroupId.get(g.parentId)! : null,
    });
  }
  const existing = new Set((await tx.find(BudgetLine, { where: { tenantId, fiscalYear: to } })).map((l) => l.code));
  const lines = (await tx.find(BudgetLine, { where: { tenantId, fiscalYear: from } })).filter((l) => !existing.has(l.code));
  const newLineId = new Map(lines.map((l) => [l.id, randomUUID()]));
  const now = new Date();
  if (lines.length === 0) return;
  const carried = lines.map((l) => ({
    ...l,
    id: newLineId.get(l.id)!,
    fiscalYear: to,
    groupId: l.groupId ? (newGroupId.get(l.groupId) ?? null) : null,
    committed: 0n,
    paid: 0n,
    collected: 0n,
  }));
  await tx.insert(BudgetLine, carried);
  await publishBudgetLines(tx, publisher, carried);
  await tx.insert(
    BudgetAmendment,
    lines.map((l) => ({
      id: randomUUID(),
      tenantId,
      budgetLineId: newLineId.get(l.id)!,
      kind: 'original' as const,
      amount: l.amount,
      amountAfter: l.amount,
      effectiveOn: `${to}-01-01`,
      reason,
      recordedBy: actor.userId,
      recordedByName: actor.name,
      recordedAt: now,
    })),
  );
  const plans = await quarterlyPlansOf(
    tx,
    lines.map((l) => l.id),
  );
  if (plans.length > 0) {
    await tx.insert(
      QuarterlyPlan,
      plans.map((p) => ({
        ...p,
        id: randomUUID(),
        budgetLineId: newLineId.get(p.budgetLineId)!,
        revisedAt: now,
        revisedBy: actor.userId,
        revisedByName: actor.name,
        reason,
      })),
    );
  }
}
