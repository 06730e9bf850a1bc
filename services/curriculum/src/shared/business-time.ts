import { CURRICULUM_PATTERNS } from '@baeum/api';

/** Business dates are dates in Asia/Seoul (UTC+9, no daylight saving), YYYY-MM-DD. */
export function seoulToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const DATE_PATTERN = CURRICULUM_PATTERNS.date;

/** A real calendar date (2027-02-30 is not). */
export const isRealDate = (value: string): boolean => DATE_PATTERN.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
