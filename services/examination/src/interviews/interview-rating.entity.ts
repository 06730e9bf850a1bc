import { Column, Entity, PrimaryColumn } from 'typeorm';

export const INTERVIEW_MARKS = ['high', 'mid', 'low'] as const;
/** 상 / 중 / 하: each panel member's mark for a candidate on one step. */
export type InterviewMark = (typeof INTERVIEW_MARKS)[number];

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
