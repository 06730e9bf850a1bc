import { CohortLabel, CohortSnapshot } from '@baeum/contracts';
import { notFound } from '@baeum/service-kit';
import { addDays, trainingDays } from '@baeum/calendar';
import { Cohort } from './cohort.entity';

/** What an event names a cohort by for the people it tells: its course's names (those known) and its dates. */
export const labelOf = (c: Pick<Cohort, 'courseNameKo' | 'courseNameEn' | 'startDate' | 'endDate'>): CohortLabel => ({
  ...(c.courseNameKo ? { courseNameKo: c.courseNameKo } : {}),
  ...(c.courseNameEn ? { courseNameEn: c.courseNameEn } : {}),
  startDate: c.startDate,
  endDate: c.endDate,
});

/** Hours of a cohort whose snapshot gives none: a full working day. */
export const FULL_DAY = { start: '09:00', end: '18:00' } as const;
/** 수료 기준 when the course names none. */
export const DEFAULT_MIN_ATTENDANCE_PERCENT = 80;

type Dated = Pick<Cohort, 'deliveryMode' | 'educationType' | 'startDate' | 'endDate' | 'dailyStartTime' | 'dailyEndTime'>;

/** E-learning is always open (상시): enrolment runs for the whole period and has no hours. */
export const isAlwaysOpen = (c: Pick<Cohort, 'deliveryMode' | 'educationType'>): boolean =>
  c.deliveryMode === 'e_learning' || c.educationType === 'e_learning';

/**
 * The replica's columns from a snapshot, with the defaults for what curriculum left out:
 * applications close and self-cancellation ends the day before training starts (e-learning: on its
 * last day), no approval steps, no quotas, no minimum fill, 80% attendance to complete.
 */
export function replicaFields(
  s: CohortSnapshot,
): Omit<
  Cohort,
  | 'cohortId'
  | 'tenantId'
  | 'status'
  | 'confirmed'
  | 'waitlisted'
  | 'reservedSeats'
  | 'unreservedConfirmed'
  | 'selectionDone'
  | 'underFilled'
  | 'underFillCheckedOn'
  | 'underFillDecision'
  | 'fillVersion'
  | 'fillPublishedVersion'
  | 'updatedAt'
> {
  const educationType = s.educationType ?? (s.deliveryMode === 'e_learning' ? 'e_learning' : 'general');
  const deliveryMode = s.deliveryMode ?? (educationType === 'e_learning' ? 'e_learning' : 'face_to_face');
  const alwaysOpen = isAlwaysOpen({ deliveryMode, educationType });
  const lastDayBefore = alwaysOpen ? s.endDate : addDays(s.startDate, -1);
  const hours = alwaysOpen ? null : { start: s.dailyStartTime ?? FULL_DAY.start, end: s.dailyEndTime ?? FULL_DAY.end };
  return {
    courseId: s.courseId,
    courseCode: s.courseCode,
    courseNameKo: s.courseNameKo,
    courseNameEn: s.courseNameEn ?? null,
    cohortNo: s.cohortNo ?? null,
    educationType,
    fieldCode: s.fieldCode ?? null,
    subfieldCode: s.subfieldCode ?? null,
    deliveryMode,
    startDate: s.startDate,
    endDate: s.endDate,
    dailyStartTime: hours?.start ?? null,
    dailyEndTime: hours?.end ?? null,
    roomName: s.roomName ?? null,
    applicationOpens: s.applicationOpens ?? null,
    applicationCloses: s.applicationCloses ?? lastDayBefore,
    cancellationCloses: s.cancellationCloses ?? lastDayBefore,
    minimumFill: s.minimumFill ?? 0,
    minimumFillCutoff: s.minimumFillCutoff ?? null,
    approval: s.approval ?? 'none',
    openToOtherProvinces: s.openToOtherProvinces ?? false,
    completionMinAttendancePercent: s.completionMinAttendancePercent ?? DEFAULT_MIN_ATTENDANCE_PERCENT,
    completionRequiresAssessment: s.completionRequiresAssessment ?? false,
    instructors: s.instructors ?? [],
    hours: s.hours ?? null,
    capacity: s.capacity,
  };
}

/** What a trainee is told changed of their cohort. */
export type RescheduledPart = 'dates' | 'times' | 'venue';

/**
 * Which of the dates, daily hours and room a cohort change moved, `before` being the replica as it was.
 * A room the replica did not know before (null: kept only since the room was added) is no change.
 */
export function rescheduledParts(
  before: Pick<Cohort, 'startDate' | 'endDate' | 'dailyStartTime' | 'dailyEndTime' | 'roomName'>,
  after: Pick<Cohort, 'startDate' | 'endDate' | 'dailyStartTime' | 'dailyEndTime' | 'roomName'>,
): RescheduledPart[] {
  const parts: RescheduledPart[] = [];
  if (before.startDate !== after.startDate || before.endDate !== after.endDate) parts.push('dates');
  if (before.dailyStartTime !== after.dailyStartTime || before.dailyEndTime !== after.dailyEndTime) parts.push('times');
  if (before.roomName !== null && before.roomName !== after.roomName) parts.push('venue');
  return parts;
}

/** The same agency named twice counts once, with its seats added up. */
export function quotasOf(s: CohortSnapshot): Map<string, number> {
  const quotas = new Map<string, number>();
  for (const q of s.agencyQuotas ?? []) quotas.set(q.agencyCode, (quotas.get(q.agencyCode) ?? 0) + q.seats);
  return quotas;
}

export const acceptsApplications = (c: Cohort, today: string): boolean =>
  c.status === 'scheduled' && (c.applicationOpens === null || today >= c.applicationOpens) && today <= c.applicationCloses;

/** Seats change hands (a release promotes the waitlist) until training starts; e-learning until it ends. */
export const seatsMayChange = (c: Cohort, today: string): boolean =>
  c.status === 'scheduled' && (isAlwaysOpen(c) ? today <= c.endDate : today < c.startDate);

/** Quotas hold while applications are taken; after that every free seat is open to everyone. */
export const quotasHold = (c: Cohort, today: string): boolean => c.reservedSeats > 0 && today <= c.applicationCloses;

/**
 * A cohort with approval steps fills at its selection (by agency rank, then application time) once
 * applications close; one without fills first come, first served. After the selection, approved
 * applications are seated at once.
 */
export const seatsAtOnce = (c: Cohort): boolean => c.approval === 'none' || c.selectionDone;

export function approvalSteps(approval: Cohort['approval']): ('agency' | 'institute')[] {
  return approval === 'none' ? [] : approval === 'agency_and_institute' ? ['agency', 'institute'] : [approval];
}

/** Two cohorts clash when both meet on a common day at overlapping hours. E-learning clashes with nothing. */
export function clash(a: Dated, b: Dated): boolean {
  if (isAlwaysOpen(a) || isAlwaysOpen(b)) return false;
  const from = a.startDate > b.startDate ? a.startDate : b.startDate;
  const to = a.endDate < b.endDate ? a.endDate : b.endDate;
  if (from > to) return false;
  const hoursOverlap =
    (a.dailyStartTime ?? FULL_DAY.start) < (b.dailyEndTime ?? FULL_DAY.end) &&
    (b.dailyStartTime ?? FULL_DAY.start) < (a.dailyEndTime ?? FULL_DAY.end);
  if (!hoursOverlap) return false;
  const daysOfB = new Set(trainingDays(b.startDate, b.endDate));
  return trainingDays(a.startDate, a.endDate).some((d) => d >= from && d <= to && daysOfB.has(d));
}

/** A cohort still below its minimum at its cut-off and undecided: what FillChanged calls under-filled. */
export const isUnderFilled = (c: Cohort): boolean => c.underFilled && c.confirmed < c.minimumFill && c.underFillDecision === null;

/** A cohort is open to a trainee of its own tenant, and to others' trainees when it takes officials of other provinces. */
export const visibleTo = (cohort: Cohort, tenantId: string): boolean => cohort.tenantId === tenantId || cohort.openToOtherProvinces;

export const COHORT_NOT_FOUND = '기수를 찾을 수 없습니다 / Cohort not found';
export const COHORT_CLOSED = '폐강되었거나 종료된 기수입니다 / The cohort is cancelled or over';

/** The cohort is unknown here, or not the caller's to see. */
export const cohortNotFound = () => notFound('ENROLLMENT_COHORT.NOT_FOUND', { message: COHORT_NOT_FOUND });
