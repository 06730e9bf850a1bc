import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Position } from '../exams/position.entity';
import type { BonusPercents } from './pass-marks';

/** Reads and writes of the scoring stage's decisions on applications. */
@Injectable()
export class ScoringQueries {
  /** How many of `applicationIds` are candidates of the exam (paid, with an exam number). */
  async candidateCount(tx: EntityManager, examId: string, applicationIds: string[]): Promise<number> {
    const [{ known }]: { known: number }[] = await tx.query(
      `SELECT count(*)::int AS known FROM examination.application WHERE exam_id = $1 ` +
        `AND status = 'paid' AND exam_number IS NOT NULL AND id = ANY($2::uuid[])`,
      [examId, applicationIds],
    );
    return known;
  }

  /** Sets the 서류전형 result of each application. */
  async setDocumentScreening(tx: EntityManager, decisions: { applicationId: string; result: string }[]): Promise<void> {
    await tx.query(
      `UPDATE examination.application a SET document_screening = s.result, updated_at ` +
        `= now() FROM unnest($1::uuid[], $2::text[]) AS s(id, result) WHERE a.id = s.id`,
      [decisions.map((d) => d.applicationId), decisions.map((d) => d.result)],
    );
  }

  /** A position's paid applications with their written scores, total and exam number. */
  writtenSheets(
    tx: EntityManager,
    positionId: string,
  ): Promise<{ id: string; scores: number[] | null; total: number | null; examNumber: string | null }[]> {
    return tx.query(
      `SELECT id, written_scores AS scores, written_total AS total, exam_number AS ` +
        `"examNumber" FROM examination.application WHERE position_id = $1 AND status = ` +
        `'paid'`,
      [positionId],
    );
  }

  /** Any scored sheet in the exam means the scanner file is in. */
  async scoresImported(tx: EntityManager, examId: string): Promise<boolean> {
    const [row] = await tx.query(`SELECT 1 FROM examination.application WHERE exam_id = $1 AND written_scores IS NOT NULL LIMIT 1`, [
      examId,
    ]);
    return Boolean(row);
  }

  /** The exam's candidates (paid, with an exam number) with their bonus percents (see totalBonusPercent). */
  writtenCandidates(tx: EntityManager, examId: string): Promise<({ id: string; examNumber: string } & BonusPercents)[]> {
    return tx.query(
      `SELECT id, exam_number AS "examNumber", veterans_bonus_percent AS "veteransBonusPercent",
              rescuer_bonus_percent AS "rescuerBonusPercent", licence_bonus_percent AS "licenceBonusPercent"
         FROM examination.application
        WHERE exam_id = $1 AND status = 'paid' AND exam_number IS NOT NULL`,
      [examId],
    );
  }

  /** Stores each application's written scores (JSON, null when absent) and total, clearing its written result. */
  async setWrittenScores(
    tx: EntityManager,
    sheets: { applicationId: string; scores: string | null; total: number | null }[],
  ): Promise<void> {
    await tx.query(
      `UPDATE examination.application a SET written_scores = s.scores, written_total = s.total, written_result = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::jsonb[], $3::int[]) AS s(id, scores, total) WHERE a.id = s.id`,
      [sheets.map((s) => s.applicationId), sheets.map((s) => s.scores), sheets.map((s) => s.total)],
    );
  }

  /** A new scanner file voids the position's pass marks computed from the last one. */
  async clearPassMarks(tx: EntityManager, examId: string): Promise<void> {
    await tx.update(Position, { examId }, { writtenCutoff: null, passMultiplePercent: null });
  }

  /** Sets each application's written result. */
  async setWrittenResults(tx: EntityManager, results: { applicationId: string; result: string }[]): Promise<void> {
    await tx.query(
      `UPDATE examination.application a SET written_result = s.result, updated_at = ` +
        `now() FROM unnest($1::uuid[], $2::text[]) AS s(id, result) WHERE a.id = s.id`,
      [results.map((r) => r.applicationId), results.map((r) => r.result)],
    );
  }

  async setPassMark(tx: EntityManager, positionId: string, passMultiplePercent: number, writtenCutoff: number | null): Promise<void> {
    await tx.update(Position, { id: positionId }, { passMultiplePercent, writtenCutoff });
  }
}
