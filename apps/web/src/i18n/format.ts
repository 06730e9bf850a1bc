import type { Lang } from './catalogue';

const LOCALES: Record<Lang, string> = { ko: 'ko-KR', en: 'en-GB' };

/** Today in Seoul (YYYY-MM-DD): the business date every service uses. */
export const seoulToday = (now: number = Date.now()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date(now));

/** Integer won, from a number or a bigint's decimal string: 12,000,000원 / ₩12,000,000. */
export function formatWon(amount: number | string | bigint | null | undefined, lang: Lang): string {
  if (amount === null || amount === undefined || amount === '') return '';
  const text = BigInt(amount).toLocaleString('en-US');
  return lang === 'ko' ? `${text}원` : `₩${text}`;
}

/** Whole numbers with grouping: 383,773. */
export function formatNumber(value: number | string | null | undefined, lang: Lang, fractionDigits = 0): string {
  if (value === null || value === undefined || value === '') return '';
  return Number(value).toLocaleString(LOCALES[lang], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
}

/** A business date (YYYY-MM-DD, Asia/Seoul) as people write it: 2027. 3. 2.(화) / Tue 2 Mar 2027. */
export function formatDate(isoDate: string | null | undefined, lang: Lang, withWeekday = false): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toLocaleDateString(LOCALES[lang], {
    timeZone: 'UTC',
    year: 'numeric',
    month: lang === 'ko' ? 'numeric' : 'short',
    day: 'numeric',
    ...(withWeekday ? { weekday: 'short' } : {}),
  });
}

/** A period of business dates: 2027. 3. 2. ~ 3. 6. */
export function formatPeriod(start: string | null | undefined, end: string | null | undefined, lang: Lang): string {
  if (!start) return '';
  if (!end || end === start) return formatDate(start, lang);
  return `${formatDate(start, lang)} ~ ${formatDate(end, lang)}`;
}

/** An instant (ISO, UTC) in Seoul time: 2027. 3. 2. 오후 2:05 / 2 Mar 2027, 14:05. */
export function formatInstant(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(LOCALES[lang], {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: lang === 'ko' ? 'numeric' : 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** A share as a percentage: 62.5% (one decimal when it has one). */
export function formatPercent(ratio: number | null | undefined, lang: Lang): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '';
  return (ratio * 100).toLocaleString(LOCALES[lang], { maximumFractionDigits: 1 }) + '%';
}
