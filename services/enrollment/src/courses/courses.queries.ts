import type { EntityManager } from 'typeorm';
import { Course } from './course.entity';

/** Writes of the course replica. */

/** Inserts the course, or replaces what is known of it. */
export const upsertCourse = (tx: EntityManager, course: Course) =>
  tx
    .createQueryBuilder()
    .insert()
    .into(Course)
    .values(course)
    .orUpdate(
      ['fiscal_year', 'code', 'name_ko', 'name_en', 'education_type', 'field_code', 'delivery_mode', 'completion_min_attendance_percent'],
      ['course_id'],
    )
    .execute();
