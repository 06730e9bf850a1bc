import { CodedException, conflict } from '@baeum/service-kit';
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

export const bookingLocks = (b: Pick<Booking, 'roomId' | 'instructorIds'>): string[] => [
  ...(b.roomId ? [`room:${b.roomId}`] : []),
  ...b.instructorIds.map((id) => `instructor:${id}`),
];

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
