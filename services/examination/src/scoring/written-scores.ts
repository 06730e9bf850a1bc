import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { totalBonusPercent, writtenTotal } from './pass-marks';
import { ScoringQueries } from './scoring-queries';

/** A candidate of the exam as the written scores are stored for them. */
export type WrittenCandidateRow = Awaited<ReturnType<ScoringQueries['writtenCandidates']>>[number];

/**
 * Stores the written scores of every candidate of an exam, whether read from the scanner's score file or
 * computed from the answer keys: the scores per subject (null: absent), the written total with the
 * candidate's bonus, and no written result or pass mark computed from earlier scores.
 */
@Injectable()
export class WrittenScores {
  constructor(private readonly scoring: ScoringQueries) {}

  async replace(
    tx: EntityManager,
    examId: string,
    candidates: WrittenCandidateRow[],
    scoresOf: (candidate: WrittenCandidateRow) => number[] | null,
  ): Promise<{ scored: number; absent: number }> {
    const stored = candidates.map((c) => {
      const s = scoresOf(c);
      return { applicationId: c.id, scores: s ? JSON.stringify(s) : null, total: s ? writtenTotal(s, totalBonusPercent(c)).total : null };
    });
    await this.scoring.setWrittenScores(tx, stored);
    await this.scoring.clearPassMarks(tx, examId);
    const scored = stored.filter((s) => s.total !== null).length;
    return { scored, absent: stored.length - scored };
  }
}
