import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FiscalYear } from '../budget-book/entities/fiscal-year.entity';

/** A year's booking rules (meal line and cost, fee revenue line), read once per consumer transaction. */
@Injectable()
export class BookRules {
  private readonly read = new WeakMap<EntityManager, Map<string, FiscalYear | null>>();

  async of(tx: EntityManager, tenantId: string, fiscalYear: number): Promise<FiscalYear | null> {
    const known = this.read.get(tx) ?? new Map<string, FiscalYear | null>();
    this.read.set(tx, known);
    const key = `${tenantId}/${fiscalYear}`;
    if (!known.has(key)) known.set(key, await tx.findOne(FiscalYear, { where: { tenantId, fiscalYear } }));
    return known.get(key)!;
  }
}
