import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Reads and writes of the scoring stage's decisions on applications. */
@Injectable()
export class ScoringQueries {
  /** How many of `applicationIds` are candidates of the exam (paid, with an exam number). */
  async candidateCount(tx: EntityManager, examId: string, applicationIds: string[]): Promise<number> {
    const [{ known }]: { known: number }[] = await tx.query(
      `SELECT count(*)::int AS known FROM examination.application WHERE exam_id = $1 AND status = 'paid' AND exam_number IS NOT NULL AND id = ANY($2::uuid[])`,
      [examId, applicationIds],
    );
    return known;
  }

  /** Sets the 서류전형 result of each application. */
  async setDocumentScreening(tx: EntityManager, decisions: { applicationId: string; result: string }[]): Promise<void> {
    await tx.query(
      `UPDATE examination.application a SET document_screening = s.result, updated_at = now() FROM unnest($1::uuid[], $2::text[]) AS s(id, result) WHERE a.id = s.id`,
      [decisions.map((d) => d.applicationId), decisions.map((d) => d.result)],
    );
  }
}
