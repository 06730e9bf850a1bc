import { EntityManager } from 'typeorm';
import { BudgetLine } from './entities/budget-line.entity';
import { FiscalYear } from './entities/fiscal-year.entity';
import { bookNotFound, lineNotFound } from '../shared/errors';

export async function findBook(tx: EntityManager, tenantId: string, fiscalYear: number): Promise<FiscalYear> {
  const book = await tx.findOne(FiscalYear, { where: { tenantId, fiscalYear } });
  if (!book) throw bookNotFound(fiscalYear);
  return book;
}

/** A line of the caller's tenant; another tenant's line is not found, like one that does not exist. */
export async function findLine(tx: EntityManager, tenantId: string, fiscalYear: number, code: string, lock = false): Promise<BudgetLine> {
  const line = await tx.findOne(BudgetLine, {
    where: { tenantId, fiscalYear, code },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!line) throw lineNotFound(fiscalYear, code);
  return line;
}
