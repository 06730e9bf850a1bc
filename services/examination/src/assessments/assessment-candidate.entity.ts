import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** 승진후보자: an official sitting one assessment round, and their consolidated result. */
@Entity({ name: 'assessment_candidate' })
@Index('UQ_assessment_candidate_round_employee', ['roundId', 'employeeNo'], { unique: true })
@Index('UQ_assessment_candidate_round_code', ['roundId', 'code'], { unique: true })
@Index('IDX_assessment_candidate_employee', ['tenantId', 'employeeNo'])
@Index('IDX_assessment_candidate_user', ['tenantId', 'userId'])
export class AssessmentCandidate {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'round_id' })
  roundId: string;

  /** 공무원 번호: identifies the official across rounds (retake limits, conflicts of interest). */
  @Column('text', { name: 'employee_no' })
  employeeNo: string;

  /**
   * 평가 코드: how assessors know the candidate (they rate what they observe, not whom). Random,
   * unique within the round, and unrelated to the employee number or the id.
   */
  @Column('text')
  code: string;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  @Column('text', { name: 'agency_code' })
  agencyCode: string;

  /** Their sign-in, when they have one: they read their own feedback report with it. */
  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  @Column('int')
  attempt: number;

  /** Consolidated score per competency code, in hundredths. */
  @Column('jsonb', { nullable: true })
  scores: Record<string, number> | null;

  @Column('int', { nullable: true })
  overall: number | null;

  @Column('boolean', { nullable: true })
  passed: boolean | null;
}
