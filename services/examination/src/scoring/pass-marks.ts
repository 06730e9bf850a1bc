// The rules of one candidate's written score are shared with the results (성적 공개 shows them per subject).
export { SUBJECT_MINIMUM, type BonusPercents, totalBonusPercent, writtenTotal, subjectBonus } from '../shared/written-score';

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
