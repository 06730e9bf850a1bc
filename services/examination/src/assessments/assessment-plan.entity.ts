import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One cell of the year's competency assessment plan for a grade: the rounds and candidates planned
 * in a quarter, or a note where the quarter plans none (과제개발). `quarter` is null for a cell the
 * source prints without a recoverable quarter; it counts in the year, not in any quarter.
 */
@Entity({ name: 'assessment_plan' })
@Check('CHK_assessment_plan_quarter', `"quarter" BETWEEN 1 AND 4`)
@Index('UQ_assessment_plan_cell', ['tenantId', 'fiscalYear', 'grade', 'position'], { unique: true })
export class AssessmentPlanCell {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('int', { name: 'fiscal_year' })
  fiscalYear: number;

  @Column('int')
  grade: number;

  @Column('int')
  position: number;

  @Column('int', { nullable: true })
  quarter: number | null;

  @Column('int', { nullable: true })
  rounds: number | null;

  @Column('int', { nullable: true })
  candidates: number | null;

  @Column('text', { name: 'note_ko', nullable: true })
  noteKo: string | null;

  @Column('text', { name: 'note_en', nullable: true })
  noteEn: string | null;
}
