import type { ExamKind } from '@baeum/api';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { LicenceBonusRule } from './bonus-rules';

/**
 * An exam round (시험 회차) as announced: its schedule, its eligibility rules and the steps of its
 * season (exam numbers, seats) once they are done. Instants are UTC; exam days are Seoul dates.
 */
@Entity({ name: 'exam' })
@Index('UQ_exam_tenant_year_kind_round', ['tenantId', 'year', 'kind', 'roundNo'], { unique: true })
export class Exam {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('text')
  kind: ExamKind;

  @Column('int')
  year: number;

  @Column('int', { name: 'round_no' })
  roundNo: number;

  @Column('text', { name: 'title_ko' })
  titleKo: string;

  @Column('text', { name: 'title_en' })
  titleEn: string;

  @Column('date', { name: 'announced_on' })
  announcedOn: string;

  @Column('timestamptz', { name: 'application_opens_at' })
  applicationOpensAt: Date;

  @Column('timestamptz', { name: 'application_closes_at' })
  applicationClosesAt: Date;

  /** Last instant an applicant may cancel (and be refunded by the rules); exam numbers come after it. */
  @Column('timestamptz', { name: 'cancellation_closes_at' })
  cancellationClosesAt: Date;

  /** Career recruitment has no written exam. */
  @Column('date', { name: 'written_exam_on', nullable: true })
  writtenExamOn: string | null;

  @Column('date', { name: 'interview_starts_on', nullable: true })
  interviewStartsOn: string | null;

  @Column('date', { name: 'interview_ends_on', nullable: true })
  interviewEndsOn: string | null;

  @Column('date', { name: 'result_on' })
  resultOn: string;

  /** 선발인원, and whether it is printed as tentative (예정). */
  @Column('int', { name: 'selection_planned' })
  selectionPlanned: number;

  @Column('boolean', { name: 'selection_tentative' })
  selectionTentative: boolean;

  /** 거주지 요건: applicants must live in this region since the cut-off date (or three years in total). */
  @Column('text', { name: 'residency_region_ko', nullable: true })
  residencyRegionKo: string | null;

  @Column('date', { name: 'residency_cutoff_on', nullable: true })
  residencyCutoffOn: string | null;

  /** 응시자격 in the announcement's own words (결격사유, 학력·경력 요건…), beyond the rules checked on applying. */
  @Column('text', { name: 'eligibility_ko', nullable: true })
  eligibilityKo: string | null;

  @Column('text', { name: 'eligibility_en', nullable: true })
  eligibilityEn: string | null;

  /** 시험과목 as the announcement lists them, in order (the officer's own words). */
  @Column('text', { array: true, default: () => "'{}'" })
  subjects: string[];

  /** 자격증 가산점 rules the officer set for the announcement. */
  @Column('jsonb', { name: 'licence_bonus_rules', default: () => "'[]'" })
  licenceBonusRules: LicenceBonusRule[];

  @Column('text', { name: 'budget_line_code' })
  budgetLineCode: string;

  @Column('timestamptz', { name: 'exam_numbers_assigned_at', nullable: true })
  examNumbersAssignedAt: Date | null;

  @Column('timestamptz', { name: 'seats_assigned_at', nullable: true })
  seatsAssignedAt: Date | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
