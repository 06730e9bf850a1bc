import type { DeliveryMode } from '@baeum/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EducationType } from '../cohorts/cohort.entity';

/** Enrollment's replica of curriculum's catalog (course published events): categories for reports, codes for imports. */
@Entity({ name: 'course' })
@Index('IDX_course_tenant_code', ['tenantId', 'code'])
export class Course {
  @PrimaryColumn('uuid', { name: 'course_id' })
  courseId: string;

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

  @Column('text', { name: 'education_type' })
  educationType: EducationType;

  @Column('text', { name: 'field_code' })
  fieldCode: string;

  @Column('text', { name: 'delivery_mode' })
  deliveryMode: DeliveryMode;

  @Column('int', { name: 'completion_min_attendance_percent' })
  completionMinAttendancePercent: number;
}
