import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A demand survey (수요조사 / 사전 설문조사): when trainees can attend and what keeps them away. */
@Entity({ name: 'demand_survey' })
@Index('IDX_demand_survey_tenant', ['tenantId', 'opensOn'])
export class DemandSurvey {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text', { name: 'title_ko' })
  titleKo: string;

  @Column('text', { name: 'title_en' })
  titleEn: string;

  /** The course it is about, if any. */
  @Column('uuid', { name: 'course_id', nullable: true })
  courseId: string | null;

  @Column('date', { name: 'opens_on' })
  opensOn: string;

  @Column('date', { name: 'closes_on' })
  closesOn: string;

  /** Answers made up by the demo loader to match published shares. */
  @Column('boolean')
  generated: boolean;

  @Column('text', { name: 'source_note', nullable: true })
  sourceNote: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}

export { SURVEY_CONSTRAINTS, SURVEY_WEEKDAYS as WEEKDAYS } from '@baeum/api';
export type { SurveyConstraint } from '@baeum/api';

/** One trainee's answer. Seen by staff only in aggregate. */
@Entity({ name: 'demand_survey_response' })
@Index('IDX_demand_survey_response_respondent', ['surveyId', 'respondentId'], { unique: true })
export class DemandSurveyResponse {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'survey_id' })
  surveyId: string;

  @ManyToOne(() => DemandSurvey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'FK_demand_survey_response_survey' })
  survey?: DemandSurvey;

  /** The trainee who answered; null for generated answers. */
  @Column('uuid', { name: 'respondent_id', nullable: true })
  respondentId: string | null;

  @Column('text', { name: 'agency_code', nullable: true })
  agencyCode: string | null;

  /** Finds training hard to attend because of childcare (육아로 인한 연수 참여의 어려움). */
  @Column('boolean', { name: 'hard_due_to_childcare' })
  hardDueToChildcare: boolean;

  /** Wants childcare-friendly scheduling (육아 친화적 연수 운영). */
  @Column('boolean', { name: 'wants_childcare_friendly' })
  wantsChildcareFriendly: boolean;

  /** The daily window they can attend in (HH:MM). */
  @Column('text', { name: 'earliest_start' })
  earliestStart: string;

  @Column('text', { name: 'latest_end' })
  latestEnd: string;

  @Column('text', { name: 'preferred_days', array: true })
  preferredDays: string[];

  @Column('text', { array: true })
  constraints: string[];

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('boolean')
  generated: boolean;

  @Column('timestamptz', { name: 'submitted_at', default: () => 'now()' })
  submittedAt: Date;
}
