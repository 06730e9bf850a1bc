import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export const GROUP_LEVELS = ['subtotal', 'program'] as const;
export type GroupLevel = (typeof GROUP_LEVELS)[number];

/**
 * A node of the expenditure tree above the unit lines: a subtotal (사업예산(계), 행정운영경비(계))
 * or a program (인재양성 및 시험관리, 기본경비). Its amounts are the sums of what lies below it.
 */
@Entity({ name: 'budget_group' })
@Index('UQ_budget_group_tenant_year_code', ['tenantId', 'fiscalYear', 'code'], { unique: true })
export class BudgetGroup {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('int', { name: 'fiscal_year' })
  fiscalYear: number;

  @Column('text')
  code: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @ManyToOne(() => BudgetGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_budget_group_parent' })
  parent?: BudgetGroup;

  @Column('text')
  level: GroupLevel;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  @Column('text', { name: 'name_en' })
  nameEn: string;

  /** Order among its siblings, as the source table prints them. */
  @Column('int')
  position: number;
}
