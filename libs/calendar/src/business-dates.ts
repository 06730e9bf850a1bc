/**
 * The business calendar every service shares. Business dates (cut-offs, training days, completion
 * dates, booking dates) are plain `YYYY-MM-DD` dates in Asia/Seoul and compare as text; instants
 * stay UTC. Korea keeps UTC+9 all year (no daylight saving), so a date is the instant moved nine hours.
 */
export { isCalendarDate } from '@baeum/api';

const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 86_400_000;

/** The business date an instant falls on (now, when none is given). */
export const seoulDate = (instant: Date | string = new Date()): string =>
  new Date(new Date(instant).getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 10);

/** An instant as Seoul's wall clock, `YYYY-MM-DD HH:MM` (for people: mails, notices). */
export const seoulDateTime = (instant: Date | string): string =>
  new Date(new Date(instant).getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/** Today in Seoul. */
export const seoulToday = (): string => seoulDate(new Date());

/** The instant a Seoul wall-clock time happens, e.g. ('2022-02-26', '09:20'). */
export const seoulInstant = (date: string, time = '00:00'): Date => new Date(`${date}T${time}:00+09:00`);

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one business date to another (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Every date from `start` to `end`, both included. */
export function datesBetween(start: string, end: string): string[] {
  const dates: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) dates.push(d);
  return dates;
}

const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/**
 * The days a cohort meets, the one rule behind attendance sheets, completion rates and meal-days:
 * its weekdays from start to end; a cohort held only on a weekend meets on those days. The calendar
 * knows no public holidays of its own: `holidays` are the days the tenant does not work (the
 * institute's own, which its administrator sets in curriculum), and they are left out. A cohort that
 * would then meet on no day at all was scheduled on those days on purpose and keeps them.
 */
export function trainingDays(start: string, end: string, holidays: Iterable<string> = []): string[] {
  const all = datesBetween(start, end);
  const weekdays = all.filter((d) => !isWeekend(d));
  const meets = weekdays.length > 0 ? weekdays : all;
  const off = holidays instanceof Set ? (holidays as Set<string>) : new Set(holidays);
  if (off.size === 0) return meets;
  const working = meets.filter((d) => !off.has(d));
  return working.length > 0 ? working : meets;
}

/** The calendar year of a business date (the training year of a completion or a survey). */
export const yearOf = (businessDate: string): number => Number(businessDate.slice(0, 4));

/** A fiscal year is a calendar year in Seoul (the public sector's 회계연도). */
export const fiscalYearOf = yearOf;

export const currentFiscalYear = (): number => fiscalYearOf(seoulToday());

/** An entry against a year's budget counts from that year's first day at the earliest. */
export const notBeforeYear = (businessDate: string, fiscalYear: number): string =>
  businessDate < `${fiscalYear}-01-01` ? `${fiscalYear}-01-01` : businessDate;
