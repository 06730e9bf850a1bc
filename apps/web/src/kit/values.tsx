import { currentLanguage } from '../i18n/i18n';
import { formatDate, formatInstant, formatNumber, formatPercent, formatPeriod, formatWon } from '../i18n/format';
import { useTranslation } from 'react-i18next';

/** Hooks the current language so the values re-render when it changes. */
function useLang() {
  useTranslation();
  return currentLanguage();
}

export const Won = ({ amount }: { amount: number | string | null | undefined }) => <>{formatWon(amount, useLang())}</>;
export const Num = ({ value, digits }: { value: number | string | null | undefined; digits?: number }) => (
  <>{formatNumber(value, useLang(), digits)}</>
);
export const DateText = ({ date, weekday }: { date: string | null | undefined; weekday?: boolean }) => (
  <>{formatDate(date, useLang(), weekday)}</>
);
export const Period = ({ start, end }: { start: string | null | undefined; end: string | null | undefined }) => (
  <>{formatPeriod(start, end, useLang())}</>
);
export const Instant = ({ at }: { at: string | null | undefined }) => <>{formatInstant(at, useLang())}</>;
export const Percent = ({ ratio }: { ratio: number | null | undefined }) => <>{formatPercent(ratio, useLang())}</>;

/** A name the API gives in both languages (nameKo / nameEn), in the current one; Korean when there is no English. */
export function useLocalName() {
  const lang = useLang();
  return (ko: string | null | undefined, en?: string | null) => (lang === 'en' && en ? en : (ko ?? ''));
}

/**
 * A name the API gives in both languages, in the current one. Shown in Korean (no English form, a
 * person's name), it is marked `lang="ko"`, so screen readers pronounce it right and checks of the
 * English pages know it is a proper name.
 */
export function LocalName({ ko, en }: { ko: string | null | undefined; en?: string | null }) {
  const lang = useLang();
  if (lang === 'en' && en) return <>{en}</>;
  return lang === 'en' ? <span lang="ko">{ko ?? ''}</span> : <>{ko ?? ''}</>;
}

/** A proper name that has no translation (a person, a place), marked as Korean in English pages. */
export const KoName = ({ children }: { children: string | null | undefined }) =>
  useLang() === 'en' ? <span lang="ko">{children ?? ''}</span> : <>{children ?? ''}</>;
