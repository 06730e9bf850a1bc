import type { PositionTrack } from '@baeum/api';
import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 모집단위: a job series (직렬) and grade with its openings, inside one exam round. */
@Entity({ name: 'position' })
@Index('UQ_position_exam_seq', ['examId', 'seq'], { unique: true })
export class Position {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'exam_id' })
  examId: string;

  /** Order within the exam; also the position's digits in exam numbers. */
  @Column('int')
  seq: number;

  @Column('text', { name: 'job_series' })
  jobSeries: string;

  @Column('text', { name: 'job_series_ko' })
  jobSeriesKo: string;

  @Column('int')
  grade: number;

  @Column('int')
  openings: number;

  @Column('text')
  track: PositionTrack;

  @Column('int', { name: 'min_age' })
  minAge: number;

  @Column('bigint', { transformer: wonTransformer })
  fee: bigint;

  /** Written-stage pass mark: this percentage of openings pass (e.g. 150 = 1.5×), ties included. */
  @Column('int', { name: 'pass_multiple_percent', nullable: true })
  passMultiplePercent: number | null;

  /** The written score (adjusted average in hundredths) the pass mark came to. */
  @Column('int', { name: 'written_cutoff', nullable: true })
  writtenCutoff: number | null;

  /** Applications and paid fees, counted from the application events (for the competition ratio). */
  @Column('int', { default: 0 })
  applicants: number;

  @Column('int', { default: 0 })
  paid: number;
}
