/**
 * One candidate's written score: the minimum a subject must reach, the bonus points and the total. Below
 * every feature: scoring stores the totals with it, the results disclose the scores by it.
 */

/** 과락: a subject below 40% of its marks fails the candidate, whatever the average. */
export const SUBJECT_MINIMUM = 4000;

/** The bonus percents an application carries. */
export interface BonusPercents {
  /** 취업지원대상자 가점 (0, 5 or 10). */
  veteransBonusPercent: number;
  /** 의사상자 등 가점 (0, 3 or 5); never together with the veterans' bonus. */
  rescuerBonusPercent: number;
  /** 자격증 가산점, computed from the announcement's rules (at most 5). */
  licenceBonusPercent: number;
}

/** The statutory bonus (one at most, so the larger if both were ever stored) and the licence bonus, added. */
export function totalBonusPercent(b: BonusPercents): number {
  return Math.max(b.veteransBonusPercent, b.rescuerBonusPercent) + b.licenceBonusPercent;
}

/**
 * The written score: each subject plus the bonus (a percentage of its full marks, only where the
 * subject reaches the minimum, for the statutory and licence bonus alike), averaged, in hundredths of
 * a point, rounded down.
 */
export function writtenTotal(scores: number[], bonusPercent: number): { total: number; belowMinimum: boolean } {
  const adjusted = scores.map((s) => s + subjectBonus(s, bonusPercent));
  return { total: Math.floor(adjusted.reduce((a, b) => a + b, 0) / scores.length), belowMinimum: scores.some((s) => s < SUBJECT_MINIMUM) };
}

/** A subject's bonus in hundredths: `bonusPercent` of its full marks, only where the subject reaches the minimum. */
export function subjectBonus(score: number, bonusPercent: number): number {
  return score >= SUBJECT_MINIMUM ? bonusPercent * 100 : 0;
}
