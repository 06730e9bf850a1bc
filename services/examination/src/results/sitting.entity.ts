import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 시험 시행: a sitting that took place, with its cost for finance (an exam's or an assessment round's). */
@Entity({ name: 'sitting' })
@Index('UQ_sitting_subject_stage', ['subjectId', 'stage'], { unique: true })
export class Sitting {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  /** The exam or the assessment round held. */
  @Column('uuid', { name: 'subject_id' })
  subjectId: string;

  @Column('text')
  stage: 'written' | 'interview' | 'assessment';

  @Column('date', { name: 'held_on' })
  heldOn: string;

  @Column('int')
  venues: number;

  @Column('int')
  candidates: number;

  @Column('bigint', { transformer: wonTransformer })
  cost: bigint;

  @Column('text', { name: 'budget_line_code' })
  budgetLineCode: string;

  @Column('timestamptz', { name: 'recorded_at', default: () => 'now()' })
  recordedAt: Date;
}
