import { AddBudgetLineDto } from '@baeum/api';
import { conflict, fieldError, invalidInput } from '@baeum/service-kit';
import { EventPublisher } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../../shared/actor';
import { findBook } from '../../book-lookup';
import { insertLineIfNew } from '../../budget-book.queries';
import { BudgetAmendment } from '../../entities/budget-amendment.entity';
import { BudgetGroup } from '../../entities/budget-group.entity';
import { BudgetLine } from '../../entities/budget-line.entity';
import { publishBudgetLines } from '../../line-publication';

/** Adds a unit line to an open book, with its original budget (당초예산) as its first amendment, and announces it. */
@Injectable()
export class AddBudgetLineUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  execute(tenantId: string, actor: Actor, fiscalYear: number, command: AddBudgetLineDto): Promise<BudgetLine> {
    return this.dataSource.transaction((tx) => addBudgetLine(tx, this.publisher, tenantId, actor, fiscalYear, command));
  }
}

export async function addBudgetLine(
  tx: EntityManager,
  publisher: EventPublisher,
  tenantId: string,
  actor: Actor,
  fiscalYear: number,
  command: AddBudgetLineDto,
): Promise<BudgetLine> {
  await findBook(tx, tenantId, fiscalYear);
  let groupId: string | null = null;
  if (command.groupCode) {
    const group = await tx.findOne(BudgetGroup, { where: { tenantId, fiscalYear, code: command.groupCode } });
    if (!group || command.kind !== 'expenditure')
      throw invalidInput([
        fieldError(
          'groupCode',
          'BUDGET_LINE.GROUP_UNKNOWN',
          { groupCode: command.groupCode, fiscalYear },
          'groupCode: 이 연도의 세출 사업 분류가 아닙니다 / not a program of this year’s expenditure tree',
        ),
      ]);
    groupId = group.id;
  }
  const position = await tx.count(BudgetLine, { where: { tenantId, fiscalYear, kind: command.kind } });
  const line: BudgetLine = {
    id: randomUUID(),
    tenantId,
    fiscalYear,
    code: command.code,
    nameKo: command.nameKo,
    nameEn: command.nameEn,
    amount: BigInt(command.amount),
    kind: command.kind,
    groupId,
    position,
    control: command.control ?? 'warn',
    officerUserId: null,
    noteKo: null,
    noteEn: null,
    committed: 0n,
    paid: 0n,
    collected: 0n,
  };
  if (!(await insertLineIfNew(tx, line))) {
    throw conflict('BUDGET_LINE.DUPLICATE_CODE', {
      field: 'code',
      params: { code: command.code, fiscalYear },
      message: `${fiscalYear}회계연도에 ${command.code} 사업이 이미 있습니다 / Line ${command.code} already exists in ${fiscalYear}`,
    });
  }
  await tx.insert(BudgetAmendment, {
    id: randomUUID(),
    tenantId,
    budgetLineId: line.id,
    kind: 'original',
    amount: line.amount,
    amountAfter: line.amount,
    effectiveOn: `${fiscalYear}-01-01`,
    reason: command.reason,
    recordedBy: actor.userId,
    recordedByName: actor.name,
    recordedAt: new Date(),
  });
  await publishBudgetLines(tx, publisher, [line]);
  return line;
}
