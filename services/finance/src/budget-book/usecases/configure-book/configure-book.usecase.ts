import { ConfigureBookDto } from '@baeum/api';
import { fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findBook } from '../../book-lookup';
import { BudgetLine } from '../../entities/budget-line.entity';
import { FiscalYear } from '../../entities/fiscal-year.entity';

/** The year's booking rules to change: the line meals go to, a trainee-day's meal cost, the line exam fees go to. */
export type ConfigureBookCommand = ConfigureBookDto;

/**
 * Sets a year's booking rules. A line named must be of the year and of the kind its rule needs
 * (meals to an expenditure line, fees to a revenue line); what is left out stays, null clears it.
 */
@Injectable()
export class ConfigureBookUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(tenantId: string, fiscalYear: number, command: ConfigureBookCommand): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await findBook(tx, tenantId, fiscalYear);
      const lineOfKind = async (field: string, code: string | null | undefined, kind: BudgetLine['kind']) => {
        if (!code) return;
        const line = await tx.findOne(BudgetLine, { where: { tenantId, fiscalYear, code } });
        if (line?.kind !== kind) {
          throw invalidInput([
            fieldError(
              field,
              'BUDGET_LINE.WRONG_KIND',
              { code, kind, fiscalYear },
              `${field}: 이 연도의 ${kind === 'revenue' ? '세입' : '세출'} 사업이 아닙니다 / not a ${kind} line of this year`,
            ),
          ]);
        }
      };
      await lineOfKind('mealLineCode', command.mealLineCode, 'expenditure');
      await lineOfKind('feeRevenueLineCode', command.feeRevenueLineCode, 'revenue');
      const changes: Partial<FiscalYear> = {};
      if (command.mealLineCode !== undefined) changes.mealLineCode = command.mealLineCode;
      if (command.mealCostPerDay !== undefined)
        changes.mealCostPerDay = command.mealCostPerDay === null ? null : BigInt(command.mealCostPerDay);
      if (command.feeRevenueLineCode !== undefined) changes.feeRevenueLineCode = command.feeRevenueLineCode;
      if (Object.keys(changes).length > 0) await tx.update(FiscalYear, { tenantId, fiscalYear }, changes);
    });
  }
}
