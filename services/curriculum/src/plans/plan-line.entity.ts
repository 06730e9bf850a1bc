import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Course } from '../courses/course.entity';
import { PlanVersion } from './plan-version.entity';

/** One course in a plan version: planned sessions (횟수) and trainees (인원) per quarter. */
@Entity({ name: 'plan_line' })
@Index('IDX_plan_line_version_course', ['planVersionId', 'courseId'], { unique: true })
export class PlanLine {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'plan_version_id' })
  planVersionId: string;

  @ManyToOne(() => PlanVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_version_id', foreignKeyConstraintName: 'FK_plan_line_version' })
  planVersion?: PlanVersion;

  @Column('uuid', { name: 'course_id' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_plan_line_course' })
  course?: Course;

  /** Sessions per quarter; e-learning runs always (상시) and plans none. */
  @Column('int', { name: 'sessions', array: true })
  sessions: number[];

  @Column('int', { name: 'trainees', array: true })
  trainees: number[];
}
