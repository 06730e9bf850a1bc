import { BUDGET_CONTROLS, BUDGET_LINE_KINDS, BudgetControl, BudgetLineKind } from '@baeum/api';
import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BudgetGroup } from './budget-group.entity';

export const LINE_KINDS = BUDGET_LINE_KINDS;
export type LineKind = BudgetLineKind;

/** What happens when a commitment would take a line past its current budget amount. */
export const CONTROLS = BUDGET_CONTROLS;
export type Control = BudgetControl;

/**
 * A unit line of one fiscal year's book: an expenditure line (세출 단위사업) or a revenue line
 * (세입). `amount` is its current budget amount (예산현액): the original budget and every amendment
 * since. `committed`, `paid` and `collected` are running totals of its entries, kept in the same
 * transaction as each entry so that budget control can read them under the line's row lock.
 */
@Entity({ name: 'budget_line' })
@Index('IDX_budget_line_tenant_year_code', ['tenantId', 'fiscalYear', 'code'], { unique: true })
export class BudgetLine {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('int', { name: 'fiscal_year' })
  fiscalYear: number;

  @Column('text')
  code: string;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  @Column('text', { name: 'name_en' })
  nameEn: string;

  @Column('bigint', { transformer: wonTransformer })
  amount: bigint;

  @Column('text', { default: 'expenditure' })
  kind: LineKind;

  @Column('uuid', { name: 'group_id', nullable: true })
  groupId: string | null;

  @ManyToOne(() => BudgetGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'FK_budget_line_group' })
  group?: BudgetGroup;

  @Column('int', { default: 0 })
  position: number;

  @Column('text', { default: 'warn' })
  control: Control;

  /** Who is told when the line crosses a threshold; none means every finance officer of the tenant. */
  @Column('uuid', { name: 'officer_user_id', nullable: true })
  officerUserId: string | null;

  /** What the line covers, e.g. the kinds of revenue of 경상적세외수입. */
  @Column('text', { name: 'note_ko', nullable: true })
  noteKo: string | null;

  @Column('text', { name: 'note_en', nullable: true })
  noteEn: string | null;

  @Column('bigint', { default: 0, transformer: wonTransformer })
  committed: bigint;

  @Column('bigint', { default: 0, transformer: wonTransformer })
  paid: bigint;

  @Column('bigint', { default: 0, transformer: wonTransformer })
  collected: bigint;
}
