import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A competency or technique of an assessment model, as the round snapshots it. */
export interface ModelItem {
  code: string;
  ko: string;
  en: string;
}

/**
 * 역량평가 회차 for promotion to grade 4 or 5. It keeps the model (competencies × techniques) it was
 * run with, so a later change of the model never rewrites past results.
 */
@Entity({ name: 'assessment_round' })
@Index('UQ_assessment_round', ['tenantId', 'targetGrade', 'year', 'roundNo'], { unique: true })
export class AssessmentRound {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('int', { name: 'target_grade' })
  targetGrade: number;

  @Column('int')
  year: number;

  @Column('int', { name: 'round_no' })
  roundNo: number;

  @Column('date', { name: 'held_on' })
  heldOn: string;

  @Column('jsonb')
  competencies: ModelItem[];

  @Column('jsonb')
  techniques: ModelItem[];

  /** Least overall score to pass, in hundredths (250 = 2.50 of 5). */
  @Column('int', { name: 'pass_threshold' })
  passThreshold: number;

  /** How many times one official may sit the assessment for this grade. */
  @Column('int', { name: 'max_attempts' })
  maxAttempts: number;

  @Column('int', { name: 'assessors_per_technique' })
  assessorsPerTechnique: number;

  /** The preparatory course cohort (역량평가 이해과정) candidates are pointed to, from curriculum's events. */
  @Column('uuid', { name: 'prep_cohort_id', nullable: true })
  prepCohortId: string | null;

  @Column('timestamptz', { name: 'assigned_at', nullable: true })
  assignedAt: Date | null;

  @Column('date', { name: 'completed_on', nullable: true })
  completedOn: string | null;
}
