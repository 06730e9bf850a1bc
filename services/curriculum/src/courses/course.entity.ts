import type { EducationType } from '@baeum/api';
import type { CourseStatus, DeliveryMode } from '@baeum/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type { EducationType };

/** A course (과정) in the catalog of one fiscal year. */
@Entity({ name: 'course' })
@Index('IDX_course_tenant_year_code', ['tenantId', 'fiscalYear', 'code'], { unique: true })
export class Course {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('int', { name: 'fiscal_year' })
  fiscalYear: number;

  @Column('text')
  code: string;

  @Column('text', { name: 'name_ko' })
  nameKo: string;

  @Column('text', { name: 'name_en' })
  nameEn: string;

  /** 과정 소개: what the course teaches and for whom, shown on its page ('' when not written). */
  @Column('text', { name: 'description_ko', default: '' })
  descriptionKo: string;

  @Column('text', { name: 'description_en', default: '' })
  descriptionEn: string;

  @Column('text', { name: 'education_type' })
  educationType: EducationType;

  @Column('text', { name: 'field_code' })
  fieldCode: string;

  @Column('text', { name: 'subfield_code', nullable: true })
  subfieldCode: string | null;

  @Column('text', { name: 'delivery_mode' })
  deliveryMode: DeliveryMode;

  @Column('int')
  hours: number;

  /** Civil-service grades (1–9) the course is for; empty means every grade. */
  @Column('int', { name: 'target_grades', array: true })
  targetGrades: number[];

  /** Positions (직위) it is for, e.g. 과장, 팀장; empty means every position. */
  @Column('text', { name: 'target_positions', array: true })
  targetPositions: string[];

  @Column('boolean', { name: 'open_to_other_provinces' })
  openToOtherProvinces: boolean;

  /** The year's status: 계속, 신설, 개선, 통합·대체. */
  @Column('text', { name: 'year_status' })
  yearStatus: CourseStatus;

  @Column('uuid', { name: 'replaces_course_id', nullable: true })
  replacesCourseId: string | null;

  @Column('text', { name: 'budget_line_code', nullable: true })
  budgetLineCode: string | null;

  @Column('int', { name: 'completion_min_attendance_percent' })
  completionMinAttendancePercent: number;

  @Column('boolean', { name: 'completion_requires_assessment' })
  completionRequiresAssessment: boolean;

  /** Made up by the Seoul data loader where the source gives only totals; shown as such. */
  @Column('boolean')
  generated: boolean;

  /** Where the course and its figures come from in the source, when they do. */
  @Column('text', { name: 'source_note', nullable: true })
  sourceNote: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
