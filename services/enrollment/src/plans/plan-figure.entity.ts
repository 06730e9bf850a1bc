import type { PlanVersionKind } from '@baeum/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A planned figure of an approved plan version, for all education or one education type. */
@Entity({ name: 'plan_figure' })
@Index('IDX_plan_figure_year', ['tenantId', 'fiscalYear'])
export class PlanFigure {
  @PrimaryColumn('uuid', { name: 'plan_version_id' })
  planVersionId: string;

  /** `total`, `general` or `e_learning`. */
  @PrimaryColumn('text', { name: 'education_type' })
  educationType: 'total' | 'general' | 'e_learning';

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('int', { name: 'fiscal_year' })
  fiscalYear: number;

  @Column('text')
  kind: PlanVersionKind;

  @Column('int', { name: 'version_no' })
  versionNo: number;

  @Column('int')
  courses: number;

  @Column('int')
  trainees: number;
}
