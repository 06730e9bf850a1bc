import type { CohortListQuery } from '@baeum/api';
import type { EntityManager } from 'typeorm';
import { Cohort } from './cohort.entity';
import { CohortParts, InstructorRef } from './cohort.view';

export interface CohortFilter extends CohortListQuery {
  ids?: string[];
}

/**
 * Loads a tenant's cohorts with their course, room and instructors. With a period or a room,
 * instructor or course it reads like a calendar (by start); otherwise newest first.
 */
export async function loadCohorts(m: EntityManager, tenantId: string, filter: CohortFilter = {}, limit = 500): Promise<CohortParts[]> {
  const qb = m
    .createQueryBuilder(Cohort, 'c')
    .innerJoinAndSelect('c.course', 'course')
    .leftJoinAndSelect('c.room', 'room')
    .where('c.tenant_id = :tenantId', { tenantId });
  if (filter.ids) qb.andWhere('c.id IN (:...ids)', { ids: filter.ids.length > 0 ? filter.ids : ['00000000-0000-0000-0000-000000000000'] });
  if (filter.from) qb.andWhere('c.end_date >= :from', { from: filter.from });
  if (filter.to) qb.andWhere('c.start_date <= :to', { to: filter.to });
  if (filter.courseId) qb.andWhere('c.course_id = :courseId', { courseId: filter.courseId });
  if (filter.roomId) qb.andWhere('c.room_id = :roomId', { roomId: filter.roomId });
  if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
  if (filter.instructorId) {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM "curriculum"."cohort_instructor" ci WHERE ci.cohort_id = c.id AND ci.instructor_id = :instructorId)',
      { instructorId: filter.instructorId },
    );
  }
  const calendar = Boolean(filter.from || filter.to || filter.courseId || filter.roomId || filter.instructorId);
  if (calendar) qb.orderBy('c.startDate', 'ASC').addOrderBy('c.dailyStartTime', 'ASC').addOrderBy('c.id', 'ASC');
  else qb.orderBy('c.createdAt', 'DESC').addOrderBy('c.id', 'DESC');
  const cohorts = await qb.take(limit).getMany();
  const instructors = await instructorsOf(
    m,
    cohorts.map((c) => c.id),
  );
  return cohorts.map((cohort) => ({
    cohort,
    course: cohort.course!,
    room: cohort.room ?? null,
    instructors: instructors.get(cohort.id) ?? [],
  }));
}

export async function instructorsOf(m: EntityManager, cohortIds: string[]): Promise<Map<string, InstructorRef[]>> {
  const byCohort = new Map<string, InstructorRef[]>();
  if (cohortIds.length === 0) return byCohort;
  const rows: { cohort_id: string; id: string; name: string }[] = await m.query(
    `SELECT ci.cohort_id, i.id, i.name FROM "curriculum"."cohort_instructor" ci JOIN "curriculum"."instructor" i ON i.id = ci.instructor_id
     WHERE ci.cohort_id = ANY($1::uuid[]) ORDER BY i.name, i.id`,
    [cohortIds],
  );
  for (const row of rows) byCohort.set(row.cohort_id, [...(byCohort.get(row.cohort_id) ?? []), { id: row.id, name: row.name }]);
  return byCohort;
}
