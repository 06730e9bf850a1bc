/**
 * Business dates (cut-offs, training days, completion dates) are plain `YYYY-MM-DD` dates in
 * Asia/Seoul; instants stay UTC. A date compares as text.
 */
const SEOUL_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' });

export const seoulToday = (now: Date = new Date()): string => SEOUL_DATE.format(now);

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** Every date from `start` to `end`, both included. */
export function datesBetween(start: string, end: string): string[] {
  const dates: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) dates.push(d);
  return dates;
}

/** The days a cohort meets: its weekdays (a cohort held only on a weekend meets on those days). */
export function trainingDays(start: string, end: string): string[] {
  const all = datesBetween(start, end);
  const weekdays = all.filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
  return weekdays.length > 0 ? weekdays : all;
}

export const isValidDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
