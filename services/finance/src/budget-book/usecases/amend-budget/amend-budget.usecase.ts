import { AmendBudgetDto } from '@baeum/api';
import { conflict, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { fiscalYearOf } from '@baeum/calendar';
import type { Actor } from '../../../shared/actor';
import { findLine } from '../../book-lookup';
import { BudgetAmendment } from '../../entities/budget-amendment.entity';
import { BudgetLine } from '../../entities/budget-line.entity';

const won = (n: bigint) => n.toLocaleString('en-US');

/**
 * 예산 변경: a supplementary budget, a transfer, a carry-over … changes a line's current budget
 * amount, with its reason. Never below what the line has committed: that is spent already.
 */
@Injectable()
export class AmendBudgetUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(tenantId: string, actor: Actor, fiscalYear: number, code: string, command: AmendBudgetDto): Promise<BudgetAmendment> {
    if (fiscalYearOf(command.effectiveOn) !== fiscalYear) {
      throw invalidInput([
        fieldError(
          'effectiveOn',
          'BUDGET_BOOK.DATE_OUTSIDE_YEAR',
          { fiscalYear },
          `effectiveOn: ${fiscalYear}년 중의 날짜여야 합니다 / effectiveOn must be a date in ${fiscalYear}`,
        ),
      ]);
    }
    return this.dataSource.transaction(async (tx) => {
      const line = await findLine(tx, tenantId, fiscalYear, code, true);
      const after = line.amount + BigInt(command.amount);
      const floor = line.kind === 'expenditure' ? line.committed : 0n;
      if (command.amount < 0 && after < floor) {
        throw conflict('AMENDMENT.BELOW_COMMITTED', {
          field: 'amount',
          params: { committed: floor.toString(), amountAfter: after.toString() },
          message: `예산현액을 집행액 ${won(floor)}원보다 적게 줄일 수 없습니다 / The current budget cannot go below the ${won(floor)} won committed`,
        });
      }
      if (after < 0n) {
        throw conflict('AMENDMENT.NEGATIVE_BUDGET', {
          field: 'amount',
          params: { current: line.amount.toString(), change: String(command.amount) },
          message: '예산현액은 0원보다 적을 수 없습니다 / The current budget cannot be negative',
        });
      }
      await tx.update(BudgetLine, { id: line.id }, { amount: after });
      const amendment: BudgetAmendment = {
        id: randomUUID(),
        tenantId,
        budgetLineId: line.id,
        kind: command.kind,
        amount: BigInt(command.amount),
        amountAfter: after,
        effectiveOn: command.effectiveOn,
        reason: command.reason,
        recordedBy: actor.userId,
        recordedByName: actor.name,
        recordedAt: new Date(),
      };
      await tx.insert(BudgetAmendment, amendment);
      return amendment;
    });
  }
}
