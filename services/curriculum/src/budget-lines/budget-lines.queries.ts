import { CohortBudgetLineView } from '@baeum/api';
import { BudgetLinePublishedV1 } from '@baeum/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BudgetLine } from './budget-line.entity';

const view = ({ code, nameKo, nameEn, fiscalYear }: BudgetLine): CohortBudgetLineView => ({ code, nameKo, nameEn, fiscalYear });

/** Reads of the budget-line replica, for the cohort form and the cohort use cases. */
@Injectable()
export class BudgetLineQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The lines of a year a cohort may be charged to, by code: what the cohort form offers. */
  async chargeableLines(tenantId: string, fiscalYear: number, m: EntityManager = this.dataSource.manager): Promise<CohortBudgetLineView[]> {
    const lines = await m.find(BudgetLine, { where: { tenantId, fiscalYear, chargeable: true }, order: { code: 'ASC' } });
    return lines.map(view);
  }

  /** Whether a cohort starting in `fiscalYear` may be charged to the line `code`. */
  isChargeable(m: EntityManager, tenantId: string, fiscalYear: number, code: string): Promise<boolean> {
    return m.exists(BudgetLine, { where: { tenantId, fiscalYear, code, chargeable: true } });
  }
}

/**
 * Keeps the line as published unless the replica already holds a newer publication of it. A plain
 * function: the consumer runs under MessagingModule, which cannot see this feature's providers.
 */
export async function saveNewestLine(m: EntityManager, tenantId: string, line: BudgetLinePublishedV1, publishedAt: Date): Promise<void> {
  await m.query(
    `INSERT INTO "curriculum"."budget_line" (id, tenant_id, fiscal_year, code, name_ko, name_en, chargeable, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (id) DO UPDATE SET fiscal_year = EXCLUDED.fiscal_year, code = EXCLUDED.code, name_ko = EXCLUDED.name_ko,
       name_en = EXCLUDED.name_en, chargeable = EXCLUDED.chargeable, published_at = EXCLUDED.published_at
     WHERE "budget_line".tenant_id = EXCLUDED.tenant_id AND "budget_line".published_at <= EXCLUDED.published_at`,
    [line.budgetLineId, tenantId, line.fiscalYear, line.code, line.nameKo, line.nameEn, line.chargeable, publishedAt],
  );
}
