import { ReviseQuarterlyPlanDto } from '@baeum/api';
import { fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../shared/actor';
import { findLine } from '../../book-lookup';
import { QuarterlyPlan } from '../../entities/quarterly-plan.entity';

const won = (n: bigint) => n.toLocaleString('en-US');

/**
 * 분기별 예산집행 계획: replaces a line's plan. The plan may leave part of the budget unplanned
 * but never plan more than the line's current budget amount.
 */
@Injectable()
export class ReviseQuarterlyPlanUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(tenantId: string, actor: Actor, fiscalYear: number, code: string, command: ReviseQuarterlyPlanDto): Promise<QuarterlyPlan[]> {
    return this.dataSource.transaction(async (tx) => {
      const line = await findLine(tx, tenantId, fiscalYear, code, true);
      const total = command.rows.reduce((sum, r) => sum + BigInt(r.q1) + BigInt(r.q2) + BigInt(r.q3) + BigInt(r.q4), 0n);
      if (total > line.amount) {
        throw invalidInput([
          fieldError(
            'rows',
            'QUARTERLY_PLAN.OVER_BUDGET',
            { planned: total.toString(), budget: line.amount.toString() },
            `rows: 계획 합계 ${won(total)}원이 예산현액 ${won(line.amount)}원을 넘습니다 / the plan's total ` +
              `${won(total)} won exceeds the current budget of ${won(line.amount)} won`,
          ),
        ]);
      }
      // A row kept under its label keeps its programme's courses (the editor does not show them).
      const previous = await tx.find(QuarterlyPlan, { where: { tenantId, budgetLineId: line.id } });
      const coursesOf = new Map(previous.map((p) => [p.labelKo, p.courseCodes]));
      const revisedAt = new Date();
      const rows: QuarterlyPlan[] = command.rows.map((r, position) => ({
        id: randomUUID(),
        tenantId,
        budgetLineId: line.id,
        position,
        labelKo: r.labelKo,
        labelEn: r.labelEn ?? r.labelKo,
        q1: BigInt(r.q1),
        q2: BigInt(r.q2),
        q3: BigInt(r.q3),
        q4: BigInt(r.q4),
        courseCodes: coursesOf.get(r.labelKo) ?? [],
        revisedAt,
        revisedBy: actor.userId,
        revisedByName: actor.name,
        reason: command.reason,
      }));
      await tx.delete(QuarterlyPlan, { tenantId, budgetLineId: line.id });
      if (rows.length > 0) await tx.insert(QuarterlyPlan, rows);
      return rows;
    });
  }
}
