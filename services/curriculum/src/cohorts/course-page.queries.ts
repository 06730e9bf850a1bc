import type { InstructorKind } from '@baeum/api';
import type { EntityManager } from 'typeorm';

export interface CourseInstructorRow {
  id: string;
  name: string;
  kind: InstructorKind;
  affiliation: string | null;
}

/**
 * Who teaches a course: the instructors of its cohorts that are not cancelled, those of cohorts not
 * yet over first, then by name; at most 50. Names, kinds and affiliations only, never contacts.
 */
export async function instructorsOfCourse(
  m: EntityManager,
  tenantId: string,
  courseId: string,
  today: string,
): Promise<CourseInstructorRow[]> {
  return m.query(
    `SELECT i.id, i.name, i.kind, i.affiliation
       FROM "curriculum"."cohort_instructor" ci
       JOIN "curriculum"."cohort" c ON c.id = ci.cohort_id
       JOIN "curriculum"."instructor" i ON i.id = ci.instructor_id
      WHERE c.tenant_id = $1 AND c.course_id = $2 AND c.status <> 'cancelled'
      GROUP BY i.id, i.name, i.kind, i.affiliation
      ORDER BY bool_or(c.end_date >= $3::date) DESC, i.name, i.id
      LIMIT 50`,
    [tenantId, courseId, today],
  );
}
