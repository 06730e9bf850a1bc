/**
 * Business dates are Seoul dates (YYYY-MM-DD); a fiscal year is a calendar year in Asia/Seoul.
 */
const seoulFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' });

export const seoulDate = (instant: Date | string = new Date()): string => seoulFormat.format(new Date(instant));

export const currentFiscalYear = (): number => Number(seoulDate().slice(0, 4));

export const fiscalYearOf = (businessDate: string): number => Number(businessDate.slice(0, 4));

/** An entry against a year's budget counts from that year's first day at the earliest. */
export const notBeforeYear = (businessDate: string, fiscalYear: number): string => (businessDate < `${fiscalYear}-01-01` ? `${fiscalYear}-01-01` : businessDate);

/** Training days of a cohort: weekdays from start to end, both included (public holidays are not known here). */
export function trainingDays(startDate: string, endDate: string): number {
  const day = new Date(`${startDate}T00:00:00Z`);
  const end = new Date(`${endDate}T00:00:00Z`);
  let days = 0;
  for (; day <= end; day.setUTCDate(day.getUTCDate() + 1)) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days;
}

/** Whether `value` is a real calendar date written YYYY-MM-DD (the rule of the finance bodies' dates). */
export { isCalendarDate } from '@baeum/api';
