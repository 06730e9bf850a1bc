import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Examination's replica of curriculum's cohorts, so that exam officers can point candidates of
 * competency assessments and exams to preparatory courses without asking curriculum.
 */
@Entity({ name: 'preparatory_cohort' })
@Index('IDX_preparatory_cohort_tenant_start', ['tenantId', 'startDate'])
export class PreparatoryCohort {
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

  /** 폐강: kept so a round that pointed candidates to it can say so. */
  @Column('boolean', { default: false })
  cancelled: boolean;
}
