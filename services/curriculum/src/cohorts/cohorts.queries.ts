import type { CohortListQuery } from '@baeum/api';
import type { EntityManager } from 'typeorm';
import { inactiveAgencies } from '../agencies/agencies.queries';
import type { Booking, BookingConflict } from './bookings';
import { Cohort } from './cohort.entity';
import { CohortParts, InstructorRef } from './cohort.view';

export interface CohortFilter extends CohortListQuery {
  ids?: string[];
}

/**
 * Loads a tenant's cohorts with their course, room and instructors, and which of their quotas' agencies
 * are deactivated. With a period or a room,
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
  const inactive = await inactiveAgencies(m, tenantId, [...new Set(cohorts.flatMap((c) => c.agencyQuotas.map((q) => q.agencyCode)))]);
  return cohorts.map((cohort) => ({
    cohort,
    course: cohort.course!,
    room: cohort.room ?? null,
    instructors: instructors.get(cohort.id) ?? [],
    inactiveAgencies: inactive,
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

/**
 * Takes the transaction's locks on what it books, always in one order so that transactions
 * never wait on each other in a circle. A concurrent booking of the same room or instructor
 * waits here until this one commits, and then sees it.
 */
export async function lockKeys(tx: EntityManager, keys: string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`baeum:curriculum:${key}`]);
}

const NO_COHORT = '00000000-0000-0000-0000-000000000000';

export async function bookingConflicts(tx: EntityManager, tenantId: string, b: Booking): Promise<BookingConflict[]> {
  if (!b.roomId && b.instructorIds.length === 0) return [];
  const overlap =
    `c.tenant_id = $1 AND c.status = 'scheduled' AND c.id <> $2 AND c.start_date <= $4 AND ` +
    `c.end_date >= $3 AND c.daily_start_time < $6 AND c.daily_end_time > $5`;
  const cohortColumns = `c.id AS "cohortId", c.cohort_no AS "cohortNo", co.code AS "courseCode",
    co.name_ko AS "courseNameKo", co.name_en AS "courseNameEn",
    c.start_date::text AS "startDate", c.end_date::text AS "endDate",
    c.daily_start_time AS "dailyStartTime", c.daily_end_time AS "dailyEndTime"`;
  return tx.query(
    `SELECT 'room' AS resource, r.id AS "resourceId", r.name_ko AS "resourceName", ${cohortColumns}
       FROM "curriculum"."cohort" c JOIN "curriculum"."course" co ON co.id = c.course_id JOIN "curriculum"."room" r ON r.id = c.room_id
      WHERE ${overlap} AND c.room_id = $7
     UNION ALL
     SELECT 'instructor', i.id, i.name, ${cohortColumns}
       FROM "curriculum"."cohort" c JOIN "curriculum"."course" co ON co.id = c.course_id
       JOIN "curriculum"."cohort_instructor" ci ON ci.cohort_id = c.id JOIN "curriculum"."instructor" i ON i.id = ci.instructor_id
      WHERE ${overlap} AND ci.instructor_id = ANY($8::uuid[])
     ORDER BY "startDate", "dailyStartTime", resource`,
    [tenantId, b.cohortId ?? NO_COHORT, b.startDate, b.endDate, b.dailyStartTime, b.dailyEndTime, b.roomId, b.instructorIds],
  );
}

/** The course's next cohort number (its numbers count per course, from 1). */
export async function nextCohortNo(tx: EntityManager, courseId: string): Promise<number> {
  const [{ next }] = await tx.query(`SELECT COALESCE(MAX(cohort_no), 0) + 1 AS next FROM "curriculum"."cohort" WHERE course_id = $1`, [
    courseId,
  ]);
  return Number(next);
}

/** Adds each score to its instructor's rating, for instructors who taught the cohort only. */
export async function addInstructorScores(
  tx: EntityManager,
  tenantId: string,
  cohortId: string,
  scores: Map<string, number>,
): Promise<void> {
  await tx.query(
    `UPDATE "curriculum"."instructor" i SET rating_sum = i.rating_sum + s.score, rating_count = i.rating_count + 1
       FROM unnest($1::uuid[], $2::int[]) AS s(instructor_id, score), "curriculum"."cohort_instructor" ci
      WHERE i.id = s.instructor_id AND i.tenant_id = $3 AND ci.instructor_id = i.id AND ci.cohort_id = $4`,
    [[...scores.keys()], [...scores.values()], tenantId, cohortId],
  );
}
