import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A tenant's budget book for one fiscal year (회계연도), opened once, usually carried forward from
 * the year before. It also holds the year's booking rules for events that name no budget line:
 * per-trainee meals (교육생 급식지원) and exam fee revenue (수수료).
 */
@Entity({ name: 'fiscal_year' })
export class FiscalYear {
  @PrimaryColumn('uuid', { name: 'tenant_id' })
  tenantId: string;

  @PrimaryColumn('int', { name: 'fiscal_year' })
  fiscalYear: number;

  /** The book this one was copied from, when it was carried forward. */
  @Column('int', { name: 'carried_from', nullable: true })
  carriedFrom: number | null;

  @Column('text', { name: 'meal_line_code', nullable: true })
  mealLineCode: string | null;

  /** Meal cost of one trainee for one training day, in won. */
  @Column('bigint', { name: 'meal_cost_per_day', nullable: true, transformer: wonTransformer })
  mealCostPerDay: bigint | null;

  @Column('text', { name: 'fee_revenue_line_code', nullable: true })
  feeRevenueLineCode: string | null;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt: Date;

  @Column('text', { name: 'opened_by_name' })
  openedByName: string;
}
