import { ConfigureLineDto } from '@baeum/api';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findLine } from '../../book-lookup';
import { BudgetLine } from '../../entities/budget-line.entity';

/** A line's budget control (stop, warn, ignore) and the officer told at its thresholds; what is left out stays. */
export type ConfigureLineCommand = ConfigureLineDto;

/** Sets how a budget line is controlled and who is told when it fills. */
@Injectable()
export class ConfigureLineUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(tenantId: string, fiscalYear: number, code: string, command: ConfigureLineCommand): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const line = await findLine(tx, tenantId, fiscalYear, code, true);
      const changes: Partial<BudgetLine> = {};
      if (command.control !== undefined) changes.control = command.control;
      if (command.officerUserId !== undefined) changes.officerUserId = command.officerUserId;
      if (Object.keys(changes).length > 0) await tx.update(BudgetLine, { id: line.id }, changes);
    });
  }
}
