import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BudgetLine } from './budget-line.entity';

/**
 * One row of a line's quarterly execution plan (분기별 예산집행 계획): the source gives one per
 * program, so a line funding two programs (재직자 교육과정 운영: 2-3 and 2-5) has two rows.
 */
@Entity({ name: 'quarterly_plan' })
@Index('IDX_quarterly_plan_line', ['budgetLineId'])
export class QuarterlyPlan {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'budget_line_id' })
  budgetLineId: string;

  @ManyToOne(() => BudgetLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'budget_line_id', foreignKeyConstraintName: 'FK_quarterly_plan_line' })
  budgetLine?: BudgetLine;

  @Column('int')
  position: number;

  @Column('text', { name: 'label_ko' })
  labelKo: string;

  @Column('text', { name: 'label_en' })
  labelEn: string;

  @Column('bigint', { transformer: wonTransformer })
  q1: bigint;

  @Column('bigint', { transformer: wonTransformer })
  q2: bigint;

  @Column('bigint', { transformer: wonTransformer })
  q3: bigint;

  @Column('bigint', { transformer: wonTransformer })
  q4: bigint;

  /** The courses of the row's programme, when the line funds several (their cohorts' bookings are its actual). */
  @Column('text', { name: 'course_codes', array: true, default: () => "'{}'" })
  courseCodes: string[];

  @Column('timestamptz', { name: 'revised_at' })
  revisedAt: Date;

  @Column('uuid', { name: 'revised_by', nullable: true })
  revisedBy: string | null;

  @Column('text', { name: 'revised_by_name' })
  revisedByName: string;

  @Column('text')
  reason: string;
}
