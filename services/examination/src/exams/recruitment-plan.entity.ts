import type { ExamKind } from '@baeum/api';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One quarter of the year's recruitment plan for a kind of exam: the selections and rounds planned. */
@Entity({ name: 'recruitment_plan' })
@Check('CHK_recruitment_plan_quarter', `"quarter" BETWEEN 1 AND 4`)
@Index('UQ_recruitment_plan_quarter', ['tenantId', 'fiscalYear', 'kind', 'quarter'], { unique: true })
export class RecruitmentPlanQuarter {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('int', { name: 'fiscal_year' })
  fiscalYear: number;

  @Column('text')
  kind: ExamKind;

  @Column('int')
  quarter: number;

  @Column('int')
  selections: number;

  @Column('int')
  rounds: number;
}
