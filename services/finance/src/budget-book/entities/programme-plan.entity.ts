import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BudgetLine } from './budget-line.entity';

/**
 * A programme of the work report planned per quarter apart from its line's own rows: 3-3's facility
 * projects (how many per quarter; its budget is the line's quarterly plan) and 2-7's international
 * training, paid from the External Cooperation Fund and not a line of the book (its budget per
 * quarter kept here). What its line booked is its actual.
 */
@Entity({ name: 'programme_plan' })
@Index('UQ_programme_plan_programme', ['tenantId', 'fiscalYear', 'programme'], { unique: true })
export class ProgrammePlan {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('int', { name: 'fiscal_year' })
  fiscalYear: number;

  /** The work report's section: '2-7', '3-3'. */
  @Column('text')
  programme: string;

  @Column('text', { name: 'label_ko' })
  labelKo: string;

  @Column('text', { name: 'label_en' })
  labelEn: string;

  /** The line that funds it; null when a fund outside the book pays (2-7). */
  @Column('uuid', { name: 'budget_line_id', nullable: true })
  budgetLineId: string | null;

  @ManyToOne(() => BudgetLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'budget_line_id', foreignKeyConstraintName: 'FK_programme_plan_line' })
  budgetLine?: BudgetLine;

  @Column('text', { name: 'fund_ko', nullable: true })
  fundKo: string | null;

  @Column('text', { name: 'fund_en', nullable: true })
  fundEn: string | null;

  /** What it counts per quarter (사업수), when it counts something. */
  @Column('text', { name: 'count_label_ko', nullable: true })
  countLabelKo: string | null;

  @Column('text', { name: 'count_label_en', nullable: true })
  countLabelEn: string | null;

  /** Q1…Q4 counts (null without a count). */
  @Column('int', { name: 'counts', array: true, nullable: true })
  counts: number[] | null;

  /** Its own budget per quarter when no line of the book plans it (2-7); null: the line's quarterly plan is its budget. */
  @Column('bigint', { name: 'budget_q1', nullable: true, transformer: wonTransformer })
  budgetQ1: bigint | null;

  @Column('bigint', { name: 'budget_q2', nullable: true, transformer: wonTransformer })
  budgetQ2: bigint | null;

  @Column('bigint', { name: 'budget_q3', nullable: true, transformer: wonTransformer })
  budgetQ3: bigint | null;

  @Column('bigint', { name: 'budget_q4', nullable: true, transformer: wonTransformer })
  budgetQ4: bigint | null;
}
