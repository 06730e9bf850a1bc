import type { TraineeCohortRescheduledV1 } from '@baeum/contracts';
import type { RescheduledPart } from '../cohorts/cohort-rules';
import type { Cohort } from '../cohorts/cohort.entity';
import type { SeatHolder } from './seat-holder';

type Schedule = Pick<Cohort, 'startDate' | 'endDate' | 'dailyStartTime' | 'dailyEndTime' | 'roomName'>;
type Names = Pick<Cohort, 'cohortId' | 'courseCode' | 'courseNameKo' | 'courseNameEn' | 'cohortNo'>;

const STANDINGS = new Set<string>(['pending', 'approved', 'waitlisted', 'confirmed']);
const orNothing = <T>(value: T | null): T | undefined => value ?? undefined;

/**
 * One cohort-rescheduled event per trainee who holds, waits for or awaits approval for a seat of the
 * cohort, with the schedule before and after; none when nothing of `parts` changed.
 */
export function rescheduledEvents(
  cohort: Names & Schedule,
  before: Schedule,
  parts: RescheduledPart[],
  holders: Pick<SeatHolder, 'id' | 'traineeId' | 'status'>[],
): TraineeCohortRescheduledV1[] {
  if (parts.length === 0) return [];
  return holders
    .filter((h) => STANDINGS.has(h.status))
    .map((h) => ({
      applicationId: h.id,
      cohortId: cohort.cohortId,
      traineeId: h.traineeId,
      standing: h.status as TraineeCohortRescheduledV1['standing'],
      courseNameKo: cohort.courseNameKo || cohort.courseCode || '교육과정',
      courseNameEn: orNothing(cohort.courseNameEn) || undefined,
      cohortNo: orNothing(cohort.cohortNo),
      changed: parts,
      oldStartDate: before.startDate,
      oldEndDate: before.endDate,
      oldDailyStartTime: orNothing(before.dailyStartTime),
      oldDailyEndTime: orNothing(before.dailyEndTime),
      oldRoomName: orNothing(before.roomName) || undefined,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      dailyStartTime: orNothing(cohort.dailyStartTime),
      dailyEndTime: orNothing(cohort.dailyEndTime),
      roomName: orNothing(cohort.roomName) || undefined,
    }));
}
