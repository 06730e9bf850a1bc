import { wonTransformer } from '@baeum/service-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What finance knows of a cohort from curriculum's events: its days, its cost and its line. */
@Entity({ name: 'cohort_replica' })
export class CohortReplica {
  @PrimaryColumn('uuid', { name: 'cohort_id' })
  cohortId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text', { name: 'course_code' })
  courseCode: string;

  @Column('text', { name: 'course_name_ko' })
  courseNameKo: string;

  @Column('date', { name: 'start_date' })
  startDate: string;

  @Column('date', { name: 'end_date' })
  endDate: string;

  @Column('text', { name: 'budget_line_code' })
  budgetLineCode: string;

  @Column('bigint', { name: 'estimated_cost', transformer: wonTransformer })
  estimatedCost: bigint;

  @Column('text')
  status: 'scheduled' | 'cancelled';

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
