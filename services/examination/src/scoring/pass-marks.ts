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

export interface WrittenCandidate {
  id: string;
  /** null when absent. */
  total: number | null;
  belowMinimum: boolean;
}

/**
 * 필기시험 합격선: `multiplePercent` of the openings pass (150 → 1.5 ×, rounded up), ranked by
 * written score; everyone tied with the last of them passes too. Absent candidates and those below
 * a subject minimum never pass.
 */
export function writtenPassMark(
  candidates: WrittenCandidate[],
  openings: number,
  multiplePercent: number,
): { cutoff: number | null; passed: Set<string> } {
  const quota = Math.ceil((openings * multiplePercent) / 100);
  const ranked = candidates.filter((c) => c.total !== null && !c.belowMinimum).sort((a, b) => b.total! - a.total!);
  if (ranked.length === 0) return { cutoff: null, passed: new Set() };
  const cutoff = ranked[Math.min(quota, ranked.length) - 1].total!;
  return { cutoff, passed: new Set(ranked.filter((c) => c.total! >= cutoff).map((c) => c.id)) };
}
