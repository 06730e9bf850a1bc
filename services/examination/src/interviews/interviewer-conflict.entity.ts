import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 제척·회피: an interviewer who must not interview this candidate (a relative, a former colleague, a teacher). */
@Entity({ name: 'interviewer_conflict' })
export class InterviewerConflict {
  @PrimaryColumn('uuid', { name: 'interviewer_id' })
  interviewerId: string;

  @PrimaryColumn('uuid', { name: 'application_id' })
  applicationId: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'exam_id' })
  examId: string;

  @Column('text')
  reason: string;

  @Column('timestamptz', { name: 'declared_at' })
  declaredAt: Date;
}
