import { ApiError } from './api';
import { currentLang, localize, t } from './i18n';

/** Won amounts arrive as integer strings (they can pass 2^53), so group the digits as text. */
export function money(won: string | number): string {
  const digits = String(won);
  const grouped = /^-?\d+$/.test(digits) ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : digits;
  return t('money', { amount: grouped });
}

/** Dates stay ISO (YYYY-MM-DD), as on Korean public forms; only the range sign differs. */
export function period(start: string, end: string): string {
  return currentLang() === 'ko' ? `${start} ~ ${end}` : `${start} – ${end}`;
}

/** What to tell the user about a failed call: the server's own words when it gave any. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('error.network');
    if (error.message) return localize(error.message);
    return t('error.unexpected', { status: error.status });
  }
  return t('error.unexpected', { status: '?' });
}
