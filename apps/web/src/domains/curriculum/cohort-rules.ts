import type { Schemas } from '../../api/client';
import type { Problem } from '../../kit';
import { PATTERNS } from './shared';

/** The cohort form's values, as the fields keep them (empty boxes are undefined). */
export interface CohortFormValues {
  /** Which year's catalog the course list shows (not sent). */
  courseYear?: string;
  courseId?: string;
  startDate?: string;
  endDate?: string;
  dailyStartTime?: string;
  dailyEndTime?: string;
  capacity?: number;
  estimatedCost?: number;
  budgetLineCode?: string;
  deliveryMode?: Schemas['DeliveryMode'];
  roomId?: string;
  /** Checkboxes: an array, a single value when there is one instructor, or false. */
  instructorIds?: string[] | string | false;
  applicationOpens?: string;
  applicationCloses?: string;
  cancellationCloses?: string;
  minimumFill?: number;
  minimumFillCutoff?: string;
  approval?: Schemas['ApprovalSteps'];
  agencyQuotas: { agencyCode?: string; seats?: number }[];
  /** Why a cohort changes (edit only). */
  reason?: string;
  /** Why a cohort that has already ended is recorded (a new one only, wholly in the past). */
  pastReason?: string;
}

/** A new cohort whose last day has passed: a record made after the fact, which needs its reason. */
export const whollyPast = (v: Partial<CohortFormValues>, today: string): boolean => Boolean(v.endDate && v.endDate < today);

/**
 * The catalog years a new cohort may belong to: every year that has courses (a plan's or one made by
 * carrying a catalog forward) and the year of the start date being entered, newest first.
 */
export function courseYearChoices(years: number[], startDate?: string): number[] {
  const startYear = startDate && /^\d{4}-/.test(startDate) ? Number(startDate.slice(0, 4)) : null;
  return [...new Set([...years, ...(startYear ? [startYear] : [])])].sort((a, b) => b - a);
}

/*
 * The server's rules (services/curriculum cohort-rules.ts), checked in the browser with the same
 * codes and parameters, so a broken rule reads the same before and after sending.
 */

export const endNotBeforeStart = (endDate: unknown, v: Partial<CohortFormValues>): Problem | null =>
  typeof endDate === 'string' && v.startDate && endDate < v.startDate
    ? { code: 'COHORT.END_BEFORE_START', params: { startDate: v.startDate, endDate } }
    : null;

export const hoursInOrder = (dailyEndTime: unknown, v: Partial<CohortFormValues>): Problem | null =>
  typeof dailyEndTime === 'string' && v.dailyStartTime && dailyEndTime <= v.dailyStartTime
    ? { code: 'COHORT.HOURS_REVERSED', params: { dailyStartTime: v.dailyStartTime, dailyEndTime } }
    : null;

export function applicationClosesRule(applicationCloses: unknown, v: Partial<CohortFormValues>): Problem | null {
  if (typeof applicationCloses !== 'string') return null;
  if (v.applicationOpens && applicationCloses < v.applicationOpens)
    return { code: 'COHORT.APPLICATION_CLOSES_BEFORE_OPENS', params: { applicationOpens: v.applicationOpens, applicationCloses } };
  if (v.startDate && applicationCloses > v.startDate)
    return { code: 'COHORT.APPLICATION_CLOSES_AFTER_START', params: { applicationCloses, startDate: v.startDate } };
  return null;
}

export const cancellationClosesRule = (cancellationCloses: unknown, v: Partial<CohortFormValues>): Problem | null =>
  typeof cancellationCloses === 'string' && v.startDate && cancellationCloses > v.startDate
    ? { code: 'COHORT.CANCELLATION_CLOSES_AFTER_START', params: { cancellationCloses, startDate: v.startDate } }
    : null;

export const minimumFillRule = (minimumFill: unknown, v: Partial<CohortFormValues>): Problem | null =>
  typeof minimumFill === 'number' && typeof v.capacity === 'number' && minimumFill > v.capacity
    ? { code: 'COHORT.MINIMUM_FILL_OVER_CAPACITY', params: { minimumFill, capacity: v.capacity } }
    : null;

export const minimumFillCutoffRule = (minimumFillCutoff: unknown, v: Partial<CohortFormValues>): Problem | null =>
  typeof minimumFillCutoff === 'string' && v.startDate && minimumFillCutoff > v.startDate
    ? { code: 'COHORT.MINIMUM_FILL_CUTOFF_AFTER_START', params: { minimumFillCutoff, startDate: v.startDate } }
    : null;

/** The quotas as a whole: no agency twice, no more seats than the capacity. */
export function quotasProblem(v: Partial<CohortFormValues>): Problem | null {
  const quotas = filledQuotas(v.agencyQuotas ?? []);
  const seen = new Set<string>();
  for (const q of quotas) {
    if (seen.has(q.agencyCode)) return { code: 'COHORT.QUOTA_AGENCY_REPEATED', params: { agencyCode: q.agencyCode } };
    seen.add(q.agencyCode);
  }
  const quotaSeats = quotas.reduce((a, q) => a + q.seats, 0);
  if (typeof v.capacity === 'number' && quotaSeats > v.capacity)
    return { code: 'COHORT.QUOTAS_OVER_CAPACITY', params: { quotaSeats, capacity: v.capacity } };
  return null;
}

/** Quota rows with an agency code, upper-cased (an empty row is not a quota). */
export function filledQuotas(rows: CohortFormValues['agencyQuotas']): Schemas['CohortAgencyQuotaDto'][] {
  return rows
    .filter((q) => q.agencyCode && q.agencyCode.trim() !== '')
    .map((q) => ({ agencyCode: q.agencyCode!.trim().toUpperCase(), seats: q.seats ?? 0 }));
}

export const agencyCodeRule = (code: unknown): Problem | null =>
  typeof code === 'string' && code !== '' && !PATTERNS.code.test(code.toUpperCase()) ? { code: 'VALIDATION.FORMAT' } : null;

export function instructorIdsOf(value: CohortFormValues['instructorIds']): string[] {
  if (Array.isArray(value)) return value;
  return value ? [value] : [];
}

const optional = <T>(value: T | undefined | '' | null): T | undefined => (value === '' || value === null ? undefined : value);

/** The terms both scheduling and changing send. */
function terms(v: CohortFormValues) {
  return {
    startDate: v.startDate,
    endDate: v.endDate,
    capacity: v.capacity,
    estimatedCost: v.estimatedCost,
    budgetLineCode: optional(v.budgetLineCode),
    dailyStartTime: optional(v.dailyStartTime?.slice(0, 5)),
    dailyEndTime: optional(v.dailyEndTime?.slice(0, 5)),
    deliveryMode: optional(v.deliveryMode),
    applicationOpens: optional(v.applicationOpens),
    applicationCloses: optional(v.applicationCloses),
    cancellationCloses: optional(v.cancellationCloses),
    minimumFill: optional(v.minimumFill),
    minimumFillCutoff: optional(v.minimumFillCutoff),
    approval: optional(v.approval),
  };
}

/** POST /api/cohorts: what was filled in; the course's and the institute's defaults for the rest. */
export function scheduleBody(v: CohortFormValues): Schemas['ScheduleCohortDto'] {
  const instructorIds = instructorIdsOf(v.instructorIds);
  const quotas = filledQuotas(v.agencyQuotas);
  return {
    courseId: v.courseId!,
    ...terms(v),
    roomId: optional(v.roomId),
    ...(instructorIds.length > 0 ? { instructorIds } : {}),
    ...(quotas.length > 0 ? { agencyQuotas: quotas } : {}),
    ...(v.pastReason?.trim() ? { pastReason: v.pastReason.trim() } : {}),
  } as Schemas['ScheduleCohortDto'];
}

/**
 * PATCH /api/cohorts/:id: every field as the form shows it, so emptying the room or the
 * instructors takes them off. The API takes `roomId: null` for "no room" (its schema names only
 * the uuid), hence the cast.
 */
export function changeBody(v: CohortFormValues): Schemas['ChangeCohortDto'] {
  return {
    ...terms(v),
    roomId: optional(v.roomId) ?? null,
    instructorIds: instructorIdsOf(v.instructorIds),
    agencyQuotas: filledQuotas(v.agencyQuotas),
    reason: v.reason ?? '',
  } as unknown as Schemas['ChangeCohortDto'];
}

/** The form's values for an existing cohort. */
export function valuesOf(c: Schemas['CohortPageView']): CohortFormValues {
  return {
    courseYear: undefined,
    courseId: c.courseId,
    startDate: c.startDate,
    endDate: c.endDate,
    dailyStartTime: c.dailyStartTime,
    dailyEndTime: c.dailyEndTime,
    capacity: c.capacity,
    estimatedCost: Number(c.estimatedCost),
    budgetLineCode: c.budgetLineCode,
    deliveryMode: c.deliveryMode,
    roomId: c.roomId ?? '',
    instructorIds: c.instructors.map((i) => i.id),
    applicationOpens: c.applicationOpens,
    applicationCloses: c.applicationCloses,
    cancellationCloses: c.cancellationCloses,
    minimumFill: c.minimumFill,
    minimumFillCutoff: c.minimumFillCutoff,
    approval: c.approval,
    agencyQuotas: c.agencyQuotas.map((q) => ({ agencyCode: q.agencyCode, seats: q.seats })),
    reason: '',
  };
}

/** Seats and the commitment arrive by events a moment after scheduling: not known yet. */
export const isPending = (c: Pick<Schemas['CohortPageView'], 'seatsFree' | 'committedAmount' | 'status'>) =>
  c.status === 'scheduled' && (c.seatsFree === null || c.committedAmount === null);

/** How long after a change the page keeps asking for a cohort's seats and commitment. */
export const AWAIT_EVENTS_MS = 120_000;
/** Whether the page should ask again soon: a cohort just scheduled or changed still waits for the other services. */
export const awaitingEvents = (
  cohorts: Pick<Schemas['CohortPageView'], 'seatsFree' | 'committedAmount' | 'status' | 'updatedAt'>[] | undefined,
  now = Date.now(),
): boolean => (cohorts ?? []).some((c) => isPending(c) && now - Date.parse(c.updatedAt) < AWAIT_EVENTS_MS);
