/** 과락: a subject below 40% of its marks fails the candidate, whatever the average. */
export const SUBJECT_MINIMUM = 4000;

/**
 * The written score: each subject plus the veterans' bonus (a percentage of its full marks, only
 * where the subject reaches the minimum), averaged, in hundredths of a point, rounded down.
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
