import type { ScoreDisclosureView, StageResult } from '@baeum/api';
import { SCORE_DISCLOSURE_DAYS } from '@baeum/service-kit';
import { SUBJECT_MINIMUM, subjectBonus } from '../shared/written-score';

/** One candidate's stored written scores with their position's pass mark and standing, as the queries read them. */
export interface DisclosureRow {
  examTitleKo: string;
  examTitleEn: string;
  examNumber: string;
  positionLabelKo: string;
  /** The exam's subjects as its announcement lists them (may be fewer than the scanner's). */
  subjectNames: string[];
  /** Per subject in hundredths; null when absent. */
  scores: number[] | null;
  bonusPercent: number;
  /** The average after bonus, in hundredths; null when absent. */
  total: number | null;
  result: StageResult;
  /** The position's written pass mark in hundredths. */
  cutoff: number | null;
  /** Among the position's candidates who sat; null when absent. */
  rank: number | null;
  sat: number;
  passed: number;
  publishAt: Date;
}

const points = (hundredths: number) => hundredths / 100;

/**
 * 성적 공개 from the stored scores (the scoring stage computed them; nothing is recomputed here but
 * each subject's bonus, shown apart): each subject's raw score, bonus and score with bonus, their sum,
 * the stored average, the position's pass mark and the candidate's rank. An absent candidate is told
 * they were absent, with no scores and no rank.
 */
export function composeDisclosure(examId: string, row: DisclosureRow): ScoreDisclosureView {
  const absent = row.scores === null || row.total === null;
  let sum = 0;
  const subjects = (row.scores ?? []).map((raw, i) => {
    const bonus = subjectBonus(raw, row.bonusPercent);
    sum += raw + bonus;
    return {
      nameKo: row.subjectNames[i] ?? null,
      raw: points(raw),
      bonus: points(bonus),
      withBonus: points(raw + bonus),
      belowMinimum: raw < SUBJECT_MINIMUM,
    };
  });
  const endsAt = new Date(row.publishAt.getTime() + SCORE_DISCLOSURE_DAYS * 86_400_000);
  return {
    examId,
    examTitleKo: row.examTitleKo,
    examTitleEn: row.examTitleEn,
    examNumber: row.examNumber,
    positionLabelKo: row.positionLabelKo,
    result: absent ? 'absent' : row.result,
    absent,
    subjects: absent ? [] : subjects,
    bonusPercent: row.bonusPercent,
    total: absent ? null : points(sum),
    average: absent ? null : points(row.total!),
    passMark: row.cutoff === null ? null : points(row.cutoff),
    standing: absent || row.rank === null ? null : { rank: row.rank, sat: row.sat },
    passed: row.passed,
    publishedAt: row.publishAt.toISOString(),
    disclosureEndsAt: endsAt.toISOString(),
  };
}
