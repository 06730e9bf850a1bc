import type { AgencyQuota, ApprovalSteps, DeliveryMode } from '@baeum/contracts';
import type { ErrorCode, ErrorParams } from '@baeum/api';
import { FieldError, fieldError } from '@baeum/service-kit';
import { addDays, isCalendarDate } from '@baeum/calendar';
import { roomLimit } from '../rooms/room-rules';

/** What a cohort's dates, hours, windows and quotas must satisfy, however it was entered. */
export interface CohortTerms {
  startDate: string;
  endDate: string;
  dailyStartTime: string;
  dailyEndTime: string;
  capacity: number;
  applicationOpens: string;
  applicationCloses: string;
  cancellationCloses: string;
  minimumFill: number;
  minimumFillCutoff: string;
  approval: ApprovalSteps;
  agencyQuotas: AgencyQuota[];
}

const TERM_KEYS = [
  'startDate',
  'endDate',
  'dailyStartTime',
  'dailyEndTime',
  'capacity',
  'applicationOpens',
  'applicationCloses',
  'cancellationCloses',
  'minimumFill',
  'minimumFillCutoff',
  'approval',
  'agencyQuotas',
] as const satisfies readonly (keyof CohortTerms)[];

/** A stored cohort's terms, to change some of them. */
export const termsOf = (cohort: CohortTerms): CohortTerms =>
  Object.fromEntries(TERM_KEYS.map((k) => [k, cohort[k]])) as unknown as CohortTerms;

export type TermsInput = Partial<CohortTerms> & Pick<CohortTerms, 'startDate' | 'endDate' | 'capacity'>;

/**
 * Fills what was not given: the tenant's daily hours; applications from four weeks to one week
 * before the start; self-cancellation until three days before; no minimum fill, checked when
 * applications close; approval by nobody; no quotas.
 */
export function withDefaults(input: TermsInput, hours: { dailyStart: string; dailyEnd: string }): CohortTerms {
  const applicationCloses = input.applicationCloses ?? addDays(input.startDate, -7);
  return {
    startDate: input.startDate,
    endDate: input.endDate,
    capacity: input.capacity,
    dailyStartTime: input.dailyStartTime ?? hours.dailyStart,
    dailyEndTime: input.dailyEndTime ?? hours.dailyEnd,
    applicationOpens: input.applicationOpens ?? minDate(addDays(input.startDate, -28), applicationCloses),
    applicationCloses,
    cancellationCloses: input.cancellationCloses ?? addDays(input.startDate, -3),
    minimumFill: input.minimumFill ?? 0,
    minimumFillCutoff: input.minimumFillCutoff ?? minDate(applicationCloses, input.startDate),
    approval: input.approval ?? 'none',
    agencyQuotas: input.agencyQuotas ?? [],
  };
}

const minDate = (a: string, b: string) => (a < b ? a : b);

/** Every broken rule, named by field, in Korean and English. */
export function termsProblems(terms: CohortTerms): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, code: ErrorCode, message: string, params?: ErrorParams) =>
    errors.push(fieldError(field, code, params, message));
  const dates = ['startDate', 'endDate', 'applicationOpens', 'applicationCloses', 'cancellationCloses', 'minimumFillCutoff'] as const;
  for (const field of dates)
    if (!isCalendarDate(terms[field]))
      add(field, 'VALIDATION.DATE', `${field}: 없는 날짜입니다 / ${field} is not a calendar date`, { value: terms[field] });
  if (errors.length > 0) return errors;
  const {
    startDate,
    endDate,
    dailyStartTime,
    dailyEndTime,
    applicationOpens,
    applicationCloses,
    cancellationCloses,
    minimumFill,
    minimumFillCutoff,
    capacity,
  } = terms;
  if (endDate < startDate)
    add('endDate', 'COHORT.END_BEFORE_START', '종료일이 시작일보다 빠릅니다 / endDate must not be before startDate', {
      startDate,
      endDate,
    });
  if (dailyEndTime <= dailyStartTime)
    add(
      'dailyEndTime',
      'COHORT.HOURS_REVERSED',
      '일과 종료 시각이 시작 시각보다 늦어야 합니다 / dailyEndTime must be after dailyStartTime',
      { dailyStartTime, dailyEndTime },
    );
  if (applicationCloses < applicationOpens)
    add(
      'applicationCloses',
      'COHORT.APPLICATION_CLOSES_BEFORE_OPENS',
      '신청 마감일이 신청 시작일보다 빠릅니다 / applicationCloses must not be before applicationOpens',
      { applicationOpens, applicationCloses },
    );
  if (applicationCloses > startDate)
    add(
      'applicationCloses',
      'COHORT.APPLICATION_CLOSES_AFTER_START',
      '신청은 교육 시작일까지 마감해야 합니다 / applications must close by the start date',
      { applicationCloses, startDate },
    );
  if (cancellationCloses > startDate)
    add(
      'cancellationCloses',
      'COHORT.CANCELLATION_CLOSES_AFTER_START',
      '취소 마감일은 교육 시작일 이전이어야 합니다 / self-cancellation must close by the start date',
      { cancellationCloses, startDate },
    );
  if (minimumFill > capacity)
    add('minimumFill', 'COHORT.MINIMUM_FILL_OVER_CAPACITY', '최소 인원이 정원보다 많습니다 / minimumFill must not exceed capacity', {
      minimumFill,
      capacity,
    });
  if (minimumFillCutoff > startDate)
    add(
      'minimumFillCutoff',
      'COHORT.MINIMUM_FILL_CUTOFF_AFTER_START',
      '최소 인원 판단일은 교육 시작일 이전이어야 합니다 / the minimum-fill cut-off must be by the start date',
      { minimumFillCutoff, startDate },
    );
  const codes = terms.agencyQuotas.map((q) => q.agencyCode);
  const repeated = codes.find((code, i) => codes.indexOf(code) !== i);
  if (repeated !== undefined)
    add('agencyQuotas', 'COHORT.QUOTA_AGENCY_REPEATED', '같은 기관을 두 번 배정했습니다 / an agency appears twice', {
      agencyCode: repeated,
    });
  const quotaSeats = terms.agencyQuotas.reduce((a, q) => a + q.seats, 0);
  if (quotaSeats > capacity)
    add(
      'agencyQuotas',
      'COHORT.QUOTAS_OVER_CAPACITY',
      `기관 배정 인원 합계(${quotaSeats}명)가 정원(${capacity}명)보다 많습니다 / quotas (${quotaSeats}) exceed capacity (${capacity})`,
      { quotaSeats, capacity },
    );
  return errors;
}

/** No room seats people for remote and e-learning cohorts: its capacity does not bound theirs. */
export const usesRoomSeats = (mode: DeliveryMode): boolean => mode !== 'remote' && mode !== 'e_learning';

/**
 * The capacity a cohort gets in a room. Over the room's normal capacity is refused; over the
 * distancing limit, while the tenant has it on, is lowered to the limit automatically.
 */
export function capacityInRoom(
  requested: number,
  room: { capacity: number; nameKo: string; nameEn: string } | null,
  mode: DeliveryMode,
  distancing: boolean,
): { capacity: number; limitedByDistancing: boolean } | FieldError {
  if (!room || !usesRoomSeats(mode)) return { capacity: requested, limitedByDistancing: false };
  if (requested > room.capacity) {
    return fieldError(
      'capacity',
      'COHORT.OVER_ROOM_CAPACITY',
      { capacity: requested, room: room.nameKo, roomEn: room.nameEn, seats: room.capacity },
      `정원 ${requested}명이 ${room.nameKo}의 수용 인원 ${room.capacity}명을 넘습니다 / capacity ${requested} ` +
        `exceeds ${room.nameEn}'s ${room.capacity} seats`,
    );
  }
  const limit = roomLimit(room.capacity, distancing);
  return requested > limit ? { capacity: limit, limitedByDistancing: true } : { capacity: requested, limitedByDistancing: false };
}

/** The e-learning rule of the catalog, for cohorts: e-learning courses run as e-learning and nothing else does. */
export function modeProblem(courseIsELearning: boolean, mode: DeliveryMode): FieldError | null {
  return courseIsELearning !== (mode === 'e_learning')
    ? fieldError(
        'deliveryMode',
        'COHORT.E_LEARNING_MODE',
        { deliveryMode: mode },
        'e-러닝 과정만 e-러닝 방식으로 운영합니다 / e-learning courses, and only they, run as e-learning',
      )
    : null;
}
