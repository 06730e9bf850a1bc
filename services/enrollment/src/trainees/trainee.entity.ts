import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A serving official (교육생): one agency in one home tenant, linked to a gateway user by the
 * token's `sub` once they have an account. Institutes of other tenants see them only through
 * the applications they make there.
 */
@Entity({ name: 'trainee' })
@Index('IDX_trainee_agency', ['tenantId', 'agencyCode'])
@Index('UQ_trainee_user', ['userId'], { unique: true, where: '"user_id" IS NOT NULL' })
@Index('UQ_trainee_employee_no', ['tenantId', 'agencyCode', 'employeeNo'], { unique: true, where: '"employee_no" IS NOT NULL' })
export class Trainee {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  @Column('text', { name: 'agency_code' })
  agencyCode: string;

  /** 직원번호: the agency's own staff number, how imports and the LMS name a trainee. */
  @Column('text', { name: 'employee_no', nullable: true })
  employeeNo: string | null;

  @Column('text')
  name: string;

  /** 직급, e.g. 7급. */
  @Column('text', { nullable: true })
  grade: string | null;

  /** 직위, e.g. 주무관, 팀장. */
  @Column('text', { nullable: true })
  position: string | null;

  /** 직렬, e.g. 행정, 전산. */
  @Column('text', { name: 'job_series', nullable: true })
  jobSeries: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
