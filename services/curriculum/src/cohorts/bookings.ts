import { CodedException, conflict } from '@baeum/service-kit';
import type { EntityManager } from 'typeorm';
import { onField } from '../shared/errors';

/**
 * Rooms and instructors are booked per day for the daily hours of each day a cohort runs. Two
 * scheduled cohorts overlap when their dates overlap and their hours overlap.
 */
export interface Booking {
  /** The cohort being changed, which does not conflict with itself. */
  cohortId: string | null;
  roomId: string | null;
  instructorIds: string[];
  startDate: string;
  endDate: string;
  dailyStartTime: string;
  dailyEndTime: string;
}

export interface BookingConflict {
  resource: 'room' | 'instructor';
  resourceId: string;
  resourceName: string;
  cohortId: string;
  cohortNo: number;
  courseCode: string;
  courseNameKo: string;
  courseNameEn: string;
  startDate: string;
  endDate: string;
  dailyStartTime: string;
  dailyEndTime: string;
}

/**
 * Takes the transaction's locks on what it books, always in one order so that transactions
 * never wait on each other in a circle. A concurrent booking of the same room or instructor
 * waits here until this one commits, and then sees it.
 */
export async function lockKeys(tx: EntityManager, keys: string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`baeum:curriculum:${key}`]);
}

export const bookingLocks = (b: Pick<Booking, 'roomId' | 'instructorIds'>): string[] => [
  ...(b.roomId ? [`room:${b.roomId}`] : []),
  ...b.instructorIds.map((id) => `instructor:${id}`),
];

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

/**
 * 409 naming what the booking collides with, so the user can move it: `COHORT.ROOM_BOOKED` or
 * `COHORT.INSTRUCTOR_BOOKED` for the first collision (its room or instructor, cohort, dates and
 * hours as parameters), and every collision in `conflicts`.
 */
export function conflictError(conflicts: BookingConflict[]): CodedException {
  const [first] = conflicts;
  const what =
    `${first.resourceName}: ${first.courseNameKo} ${first.cohortNo}기 ` +
    `${first.startDate}~${first.endDate} ${first.dailyStartTime}–${first.dailyEndTime}`;
  const whatEn =
    `${first.resourceName}: ${first.courseNameEn} cohort ${first.cohortNo}, ${first.startDate} ` +
    `– ${first.endDate} ${first.dailyStartTime}–${first.dailyEndTime}`;
  const more = conflicts.length > 1 ? ` (+${conflicts.length - 1})` : '';
  const room = first.resource === 'room';
  const params = {
    [first.resource]: first.resourceName,
    cohort: `${first.courseNameKo} ${first.cohortNo}기`,
    cohortId: first.cohortId,
    courseNameKo: first.courseNameKo,
    courseNameEn: first.courseNameEn,
    cohortNo: first.cohortNo,
    startDate: first.startDate,
    endDate: first.endDate,
    dailyStartTime: first.dailyStartTime,
    dailyEndTime: first.dailyEndTime,
    others: conflicts.length - 1,
  };
  const code = room ? 'COHORT.ROOM_BOOKED' : 'COHORT.INSTRUCTOR_BOOKED';
  const options = onField(
    room ? 'roomId' : 'instructorIds',
    code,
    `일정이 겹칩니다 — ${what}${more} / Already booked — ${whatEn}${more}`,
    params,
  );
  return conflict(code, { ...options, details: { ...options.details, conflicts } });
}
