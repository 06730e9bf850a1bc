/** Korea keeps UTC+9 all year (no daylight saving), so a business date is the UTC instant moved nine hours. */
const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The business date (YYYY-MM-DD, Asia/Seoul) an instant falls on. */
export const seoulDate = (instant: Date): string => new Date(instant.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 10);

/** The instant a Seoul wall-clock time happens, e.g. ('2022-02-26', '09:20'). */
export const seoulInstant = (date: string, time = '00:00'): Date => new Date(`${date}T${time}:00+09:00`);

/** Whole days from one business date to another (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
