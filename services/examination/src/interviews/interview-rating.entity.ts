import type { InterviewMark } from '@baeum/api';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'interview_rating' })
export class InterviewRating {
  @PrimaryColumn('uuid', { name: 'application_id' })
  applicationId: string;

  @PrimaryColumn('uuid', { name: 'interviewer_id' })
  interviewerId: string;

  @PrimaryColumn('text')
  step: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text')
  mark: InterviewMark;
}
