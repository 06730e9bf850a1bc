import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Curriculum's replica of a finance budget line (`finance.budget_line.published`): enough to check
 * a cohort's line in curriculum's own transaction and to offer the lines on the cohort form.
 */
@Entity({ name: 'budget_line' })
@Index('IDX_budget_line_tenant_year_code', ['tenantId', 'fiscalYear', 'code'])
export class BudgetLine {
  /** Finance's id of the line. */
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

  /** A cohort may be charged to it (an expenditure line). */
  @Column('boolean')
  chargeable: boolean;

  /** When finance published what this row holds; an older event never replaces a newer one. */
  @Column('timestamptz', { name: 'published_at' })
  publishedAt: Date;
}
