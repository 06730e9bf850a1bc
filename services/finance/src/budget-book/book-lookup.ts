import { notFound } from '@baeum/service-kit';
import { EntityManager } from 'typeorm';
import { BudgetLine } from './entities/budget-line.entity';
import { FiscalYear } from './entities/fiscal-year.entity';

export const lineNotFound = (fiscalYear: number, code: string) =>
  notFound('BUDGET_LINE.NOT_FOUND', { params: { fiscalYear, code }, message: '예산 사업을 찾을 수 없습니다 / Budget line not found' });
export const bookNotFound = (fiscalYear: number) =>
  notFound('BUDGET_BOOK.NOT_FOUND', {
    params: { fiscalYear },
    message: `${fiscalYear}회계연도 예산서가 없습니다 / No budget book for fiscal year ${fiscalYear}`,
  });

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
