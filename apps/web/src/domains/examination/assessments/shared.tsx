import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/client';
import { currentLanguage, registerCatalogue } from '../../../i18n/i18n';
import '../words';
import { examAssessment } from './i18n';
import './assessments.css';

registerCatalogue('examAssessment', examAssessment);

export const useAssessmentWords = () => useTranslation('examAssessment');

/** Scores travel in hundredths (250 = 2.50 of 5); shown with two decimals, or a dash when there is none. */
export const points = (hundredths: number | null | undefined): string =>
  hundredths === null || hundredths === undefined ? '—' : (hundredths / 100).toFixed(2);

/** The pass mark as typed (2.50) in hundredths, as the API keeps it. */
export const toHundredths = (value: number): number => Math.round(value * 100);

/** A competency's or technique's name in the page's language. */
export const modelName = (item: { ko: string; en: string }, lang = currentLanguage()): string =>
  lang === 'en' ? item.en || item.ko : item.ko;

type RoundLike = { year: number; targetGrade: number; roundNo: number };

/** 2027년 5급 1회차 / 2027 grade 5, round 1. */
export function useRoundLabel(): (round: RoundLike) => string {
  const { t } = useAssessmentWords();
  return useCallback((round: RoundLike) => t('roundLabel', { year: round.year, grade: round.targetGrade, roundNo: round.roundNo }), [t]);
}

export type RoundState = 'completed' | 'assigned' | 'open';
export const roundState = (round: { completedOn: string | null; assignedAt: string | null }): RoundState =>
  round.completedOn ? 'completed' : round.assignedAt ? 'assigned' : 'open';

/** The competencies of a report, by code, in the page's language (a code the report does not name stays a code). */
export function competencyNamer(
  report: Pick<Schemas['FeedbackReportView'], 'competencies'>,
  lang = currentLanguage(),
): (code: string) => string {
  return (code) => {
    const found = report.competencies.find((c) => c.code === code);
    return found ? modelName(found, lang) : code;
  };
}

/** Reloads what these screens read after a change. */
export function useRefreshAssessments(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      queryClient.invalidateQueries({
        predicate: (query) => typeof query.queryKey[1] === 'string' && /^\/api\/exam\/(assessment|assessor)/.test(query.queryKey[1]),
      }),
    [queryClient],
  );
}
