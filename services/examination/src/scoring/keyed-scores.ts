import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AnswerKeyQueries, AnswerKeyRow } from './answer-key-queries';
import { correctChoices, KeyDecision, scoresFromKeys } from './answer-keys';
import { ScoringQueries } from './scoring-queries';
import { WrittenScores } from './written-scores';

/**
 * Scores every candidate of an exam from its answer sheets and keys: the provisional keys, or the final
 * ones with the decisions on objections. Candidates without a sheet are absent. The written totals, bonus
 * and pass marks then follow as for a score file (WrittenScores).
 */
@Injectable()
export class KeyedScores {
  constructor(
    private readonly scoring: ScoringQueries,
    private readonly keys: AnswerKeyQueries,
    private readonly written: WrittenScores,
  ) {}

  async rescore(
    tx: EntityManager,
    examId: string,
    key: AnswerKeyRow,
    decisions: KeyDecision[],
  ): Promise<{ scored: number; absent: number }> {
    const candidates = await this.scoring.writtenCandidates(tx, examId);
    const sheets = await this.keys.sheets(tx, examId);
    const correct = correctChoices(key.subjects, decisions);
    return this.written.replace(tx, examId, candidates, (c) => {
      const marks = sheets.get(c.id);
      return marks ? scoresFromKeys(key.subjects, correct, marks) : null;
    });
  }
}
