import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EducationType } from '../cohorts/cohort.entity';

export interface ItemScore {
  itemCode: string;
  score: number;
}
export interface InstructorScore {
  instructorId: string;
  score: number;
}

/**
 * One anonymous satisfaction survey (만족도 조사): no trainee id is stored with it. The course's
 * category and year are copied in so results can be grouped without the cohort.
 */
@Entity({ name: 'survey_response' })
@Index('IDX_survey_response_year', ['tenantId', 'fiscalYear'])
@Index('IDX_survey_response_cohort', ['cohortId'])
export class SurveyResponse {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'cohort_id' })
  cohortId: string;

  @Column('uuid', { name: 'course_id', nullable: true })
  courseId: string | null;

  @Column('text', { name: 'course_code', nullable: true })
  courseCode: string | null;

  @Column('text', { name: 'education_type' })
  educationType: EducationType;

  @Column('text', { name: 'field_code', nullable: true })
  fieldCode: string | null;

  /** The year the cohort ended in. */
  @Column('int', { name: 'fiscal_year' })
  fiscalYear: number;

  @Column('jsonb', { name: 'item_scores' })
  itemScores: ItemScore[];

  @Column('jsonb', { name: 'instructor_scores' })
  instructorScores: InstructorScore[];

  /** Sum and number of the course item scores: the response's score is their mean. */
  @Column('int', { name: 'score_sum' })
  scoreSum: number;

  @Column('int', { name: 'score_count' })
  scoreCount: number;

  @Column('text', { nullable: true })
  comment: string | null;

  /** The date only: an instant could tie a response to its sender. */
  @Column('date', { name: 'submitted_on' })
  submittedOn: string;
}

/** That a trainee has answered a cohort's survey, kept apart from the answers themselves. */
@Entity({ name: 'survey_receipt' })
export class SurveyReceipt {
  @PrimaryColumn('uuid', { name: 'cohort_id' })
  cohortId: string;

  @PrimaryColumn('uuid', { name: 'trainee_id' })
  traineeId: string;
}
