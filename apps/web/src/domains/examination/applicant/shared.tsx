import { useTranslation } from 'react-i18next';
import { registerCatalogue } from '../../../i18n/i18n';
import { formatInstant, formatWon } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import '../words';
import { examApplicant } from './i18n';
import './applicant.css';

registerCatalogue('examApplicant', examApplicant);

export const ACCOMMODATION_KINDS = [
  'extended_time',
  'large_print',
  'wheelchair_access',
  'separate_room',
  'braille',
  'reader',
  'hearing_aid',
] as const;

/** The words of these screens and the shared examination words, in the current language. */
export function useApplicantWords() {
  const { t } = useTranslation('examApplicant');
  const { t: w } = useTranslation('examWords');
  const lang = currentLanguage();
  return {
    t,
    w,
    lang,
    won: (amount: string | number | null | undefined) => formatWon(amount, lang),
    instant: (iso: string | null | undefined) => formatInstant(iso, lang),
    /** An exam's title in the current language (Korean when it has no English). */
    title: (x: { titleKo: string; titleEn: string }) => (lang === 'en' && x.titleEn ? x.titleEn : x.titleKo),
    /** A position as applicants know it (일반행정 9급); in English the series' English name with the institute's own Korean name. */
    positionName: (p: { jobSeries: string; jobSeriesKo: string; grade: number }) => {
      const key = `series.${p.jobSeries}`;
      const english = lang === 'en' && key in examApplicant ? t(key as 'series.tax') : '';
      return t('position', { series: english || p.jobSeriesKo, grade: p.grade });
    },
  };
}

/** A Korean proper name (the institute's own label) on an English page is marked so. */
export function Ko({ children }: { children: string }) {
  return currentLanguage() === 'en' ? <span lang="ko">{children}</span> : <>{children}</>;
}

/** A position as applicants know it; a series without English words keeps its Korean name, marked so. */
export function PositionName({ position }: { position: { jobSeries: string; jobSeriesKo: string; grade: number } }) {
  const { t, lang } = useApplicantWords();
  const key = `series.${position.jobSeries}`;
  if (lang === 'ko' || key in examApplicant)
    return <>{t('position', { series: lang === 'ko' ? position.jobSeriesKo : t(key as 'series.tax'), grade: position.grade })}</>;
  return (
    <>
      <span lang="ko">{position.jobSeriesKo}</span>
      {t('position', { series: '', grade: position.grade })}
    </>
  );
}
