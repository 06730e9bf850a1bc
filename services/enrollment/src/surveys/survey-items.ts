/** The 5-point items every course's survey asks (their list is part of the HTTP contract). */
export { SATISFACTION_ITEMS as SURVEY_ITEMS, SATISFACTION_ITEM_CODES as SURVEY_ITEM_CODES } from '@baeum/api';

/** Scores in hundredths are integers: means and their roundings stay exact. */
export const toHundredths = (sum: number, count: number): number | null => (count === 0 ? null : Math.round((sum * 100) / count));
export const fromHundredths = (h: number | null): number | null => (h === null ? null : h / 100);
