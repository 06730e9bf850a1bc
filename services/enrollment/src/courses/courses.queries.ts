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

/** The tenant's catalog of a year, by code (a course published twice in a year counts once). */
export async function coursesOfYear(db: EntityManager, tenantId: string, fiscalYear: number): Promise<Course[]> {
  const courses = await db.getRepository(Course).find({ where: { tenantId, fiscalYear }, order: { code: 'ASC' } });
  return courses.filter((c, i) => i === 0 || courses[i - 1].code !== c.code);
}
