/** The month grid of the calendar: weeks from Monday to Sunday, days outside the month left empty. */

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

export interface Month {
  year: number;
  /** 1–12. */
  month: number;
}

/** `2027-03` → the month; anything else → the month of `fallback` (YYYY-MM-DD). */
export function parseMonth(text: string | null, fallback: string): Month {
  const match = /^(\d{4})-(\d{2})$/.exec(text ?? '');
  const [y, m] = match ? [Number(match[1]), Number(match[2])] : [Number(fallback.slice(0, 4)), Number(fallback.slice(5, 7))];
  return m >= 1 && m <= 12 ? { year: y, month: m } : { year: Number(fallback.slice(0, 4)), month: Number(fallback.slice(5, 7)) };
}

export const monthText = ({ year, month }: Month) => `${year}-${pad(month)}`;

export function addMonths({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const daysIn = ({ year, month }: Month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day of the month, for the API's from/to. */
export const monthRange = (m: Month) => ({ from: isoDate(m.year, m.month, 1), to: isoDate(m.year, m.month, daysIn(m)) });

/** Weeks of seven days (Monday first); a day of another month is null. */
export function monthWeeks(m: Month): (string | null)[][] {
  const offset = (new Date(Date.UTC(m.year, m.month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [
    ...Array.from({ length: offset }, () => null),
    ...Array.from({ length: daysIn(m) }, (_, i) => isoDate(m.year, m.month, i + 1)),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** Cohorts running on a day (start and end included). */
export const runningOn = <C extends { startDate: string; endDate: string }>(cohorts: C[], date: string): C[] =>
  cohorts.filter((c) => c.startDate <= date && c.endDate >= date);
