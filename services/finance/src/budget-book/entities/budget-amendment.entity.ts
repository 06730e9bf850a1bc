import { BUDGET_AMENDMENT_KINDS, BudgetAmendmentKind } from '@baeum/api';
import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BudgetLine } from './budget-line.entity';

/** 당초 (original), 추경 (supplementary), 전용 (transfer), 이월 (carry-over), 기타. */
export const AMENDMENT_KINDS = BUDGET_AMENDMENT_KINDS;
export type AmendmentKind = BudgetAmendmentKind;

/**
 * A change of a line's current budget amount, with its reason. The line's amount on any date is
 * its amount now less the amendments effective after that date.
 */
@Entity({ name: 'budget_amendment' })
@Index('IDX_budget_amendment_line', ['budgetLineId', 'effectiveOn'])
export class BudgetAmendment {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'budget_line_id' })
  budgetLineId: string;

  @ManyToOne(() => BudgetLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'budget_line_id', foreignKeyConstraintName: 'FK_budget_amendment_line' })
  budgetLine?: BudgetLine;

  @Column('text')
  kind: AmendmentKind;

  /** The change, signed: a reduction is negative. */
  @Column('bigint', { transformer: wonTransformer })
  amount: bigint;

  @Column('bigint', { name: 'amount_after', transformer: wonTransformer })
  amountAfter: bigint;

  @Column('date', { name: 'effective_on' })
  effectiveOn: string;

  @Column('text')
  reason: string;

  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedBy: string | null;

  @Column('text', { name: 'recorded_by_name' })
  recordedByName: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;
}
