import { defineEvent } from '../schema';

export const COHORT_STANDINGS = ['pending', 'approved', 'waitlisted', 'confirmed'] as const;
export const RESCHEDULED_PARTS = ['dates', 'times', 'venue'] as const;

/**
 * A cohort a trainee holds, waits for or awaits approval for a seat in changed its dates, daily hours
 * or venue (교육 일정·장소 변경): one event per such trainee, with what they held before and what holds
 * now. Enrollment sends it when it applies curriculum's change to its replica. Optional fields are
 * absent when the cohort has none (an e-learning cohort has no daily hours or room).
 */
export interface TraineeCohortRescheduledV1 {
  applicationId: string;
  cohortId: string;
  traineeId: string;
  standing: (typeof COHORT_STANDINGS)[number];
  courseNameKo: string;
  courseNameEn?: string;
  cohortNo?: number;
  changed: (typeof RESCHEDULED_PARTS)[number][];
  oldStartDate: string;
  oldEndDate: string;
  oldDailyStartTime?: string;
  oldDailyEndTime?: string;
  oldRoomName?: string;
  startDate: string;
  endDate: string;
  dailyStartTime?: string;
  dailyEndTime?: string;
  roomName?: string;
}

export const TraineeCohortRescheduledV1 = defineEvent<TraineeCohortRescheduledV1>({
  type: 'enrollment.seat.cohort-rescheduled',
  version: 1,
  topic: 'enrollment.seat',
  keyOf: (p) => p.cohortId,
  fields: {
    applicationId: { kind: 'uuid' },
    cohortId: { kind: 'uuid' },
    traineeId: { kind: 'uuid' },
    standing: { kind: 'enum', values: COHORT_STANDINGS },
    courseNameKo: { kind: 'string' },
    courseNameEn: { kind: 'string', optional: true },
    cohortNo: { kind: 'int', min: 1, optional: true },
    changed: { kind: 'strings' },
    oldStartDate: { kind: 'date' },
    oldEndDate: { kind: 'date' },
    oldDailyStartTime: { kind: 'time', optional: true },
    oldDailyEndTime: { kind: 'time', optional: true },
    oldRoomName: { kind: 'string', optional: true },
    startDate: { kind: 'date' },
    endDate: { kind: 'date' },
    dailyStartTime: { kind: 'time', optional: true },
    dailyEndTime: { kind: 'time', optional: true },
    roomName: { kind: 'string', optional: true },
  },
});
