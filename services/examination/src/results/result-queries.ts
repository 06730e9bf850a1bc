import type { ResultLookupView, ResultStage, StageResultView } from '@baeum/api';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Publication } from './publication.entity';
import { Sitting } from './sitting.entity';

/** How far a stage's results are decided: the candidates (paid, with an exam number), those without a result, those passed. */
export interface StageDecisions {
  candidates: number;
  undecided: number;
  passed: number;
}

/** What a sitting held: the venues (rooms' venues, or interview days and rooms) and the candidates placed in them. */
export interface SittingTurnout {
  venues: number;
  candidates: number;
}

/** What an applicant's result lookup shows of their application, with both stages' results. */
export type OwnResultRow = Omit<ResultLookupView, 'examId' | 'written' | 'final'> & {
  writtenResult: StageResultView['result'];
  finalResult: StageResultView['result'];
};

/** One applicant's numbered application in an exam as the published read model carries it (see result-read-model.ts). */
export type PublishedResultRow = OwnResultRow & { id: string; tenantId: string; applicantId: string };

/** Whether the stage's results of the exam are published (their instant has passed). */
export async function isPublished(tx: EntityManager, examId: string, stage: ResultStage): Promise<boolean> {
  const rows: unknown[] = await tx.query(
    `SELECT 1 FROM examination.publication WHERE exam_id = $1 AND stage = $2 AND publish_at <= now()`,
    [examId, stage],
  );
  return rows.length > 0;
}

/** One candidate's own result of a stage, as its notice tells it (ExamResultAnnouncedV1 without stage and instant). */
export interface ResultNoticeRow {
  applicationId: string;
  examId: string;
  applicantUserId: string;
  examTitleKo: string;
  jobSeriesKo: string;
  grade: number;
  examNumber: string;
  result: 'pass' | 'fail' | 'absent';
}

/**
 * Every candidate's own result of the stage, in one statement (an exam may have 100,000): the written
 * stage tells every numbered candidate; the final stage those who reached it (given an interview
 * slot) and anyone passed, not again those the written stage already failed.
 */
export function resultNotices(tx: EntityManager, examId: string, stage: ResultStage): Promise<ResultNoticeRow[]> {
  const result = stage === 'written' ? 'a.written_result' : 'a.final_result';
  const reached = stage === 'written' ? 'true' : `(a.interview_session_id IS NOT NULL OR a.final_result = 'pass')`;
  return tx.query(
    `SELECT a.id AS "applicationId", a.exam_id AS "examId", a.applicant_id AS "applicantUserId", e.title_ko AS "examTitleKo",
            p.job_series_ko AS "jobSeriesKo", p.grade, a.exam_number AS "examNumber", ${result} AS result
       FROM examination.application a
       JOIN examination.exam e ON e.id = a.exam_id
       JOIN examination.position p ON p.id = a.position_id
      WHERE a.exam_id = $1 AND a.status = 'paid' AND a.exam_number IS NOT NULL AND ${result} IS NOT NULL AND ${reached}
      ORDER BY a.exam_number`,
    [examId],
  );
}

/** Reads and writes of publications and sittings. */
@Injectable()
export class ResultQueries {
  constructor(private readonly dataSource: DataSource) {}

  publications(tenantId: string, examId: string): Promise<Publication[]> {
    return this.dataSource.getRepository(Publication).find({ where: { examId, tenantId } });
  }

  async decisions(tx: EntityManager, examId: string, stage: ResultStage): Promise<StageDecisions> {
    const column = stage === 'written' ? 'written_result' : 'final_result';
    const [counts]: StageDecisions[] = await tx.query(
      `SELECT count(*) FILTER (WHERE ${column} IS NULL)::int AS undecided, count(*) FILTER (WHERE ${column} = 'pass')::int AS
        passed, count(*)::int AS candidates
         FROM examination.application WHERE exam_id = $1 AND status = 'paid' AND exam_number IS NOT NULL`,
      [examId],
    );
    return counts;
  }

  async positionCount(tx: EntityManager, examId: string): Promise<number> {
    const [{ positions }]: { positions: number }[] = await tx.query(
      `SELECT count(*)::int AS positions FROM examination.position WHERE exam_id = $1`,
      [examId],
    );
    return positions;
  }

  publication(tx: EntityManager, examId: string, stage: ResultStage): Promise<Publication | null> {
    return tx.findOne(Publication, { where: { examId, stage } });
  }

  async savePublication(tx: EntityManager, publication: Publication): Promise<void> {
    await tx.save(Publication, publication);
  }

  /** The written stage counts the venues of the rooms its candidates sit in; the interview counts its day-and-room pairs. */
  async turnout(examId: string, stage: 'written' | 'interview'): Promise<SittingTurnout> {
    const [turnout]: SittingTurnout[] =
      stage === 'written'
        ? await this.dataSource.query(
            `SELECT count(DISTINCT r.venue_id)::int AS venues, count(a.id)::int AS ` +
              `candidates FROM examination.application a JOIN examination.venue_room r ON r.id ` +
              `= a.room_id WHERE a.exam_id = $1`,
            [examId],
          )
        : await this.dataSource.query(
            `SELECT count(DISTINCT s.held_on || s.room)::int AS venues, count(a.id)::int AS ` +
              `candidates FROM examination.application a JOIN examination.interview_session s ` +
              `ON s.id = a.interview_session_id WHERE a.exam_id = $1`,
            [examId],
          );
    return turnout;
  }

  async insertSitting(tx: EntityManager, sitting: Sitting): Promise<void> {
    await tx.insert(Sitting, sitting);
  }

  /** The publication instants set for the exam's stages. */
  publicationInstants(examId: string): Promise<{ stage: ResultStage; publishAt: Date }[]> {
    return this.dataSource.query(`SELECT stage, publish_at AS "publishAt" FROM examination.publication WHERE exam_id = $1`, [examId]);
  }

  /** The applicant's own numbered application in the exam, with its results; undefined if they have none. */
  async ownResult(tenantId: string, applicantId: string, examId: string): Promise<OwnResultRow | undefined> {
    const [row]: OwnResultRow[] = await this.dataSource.query(
      `SELECT e.title_ko AS "examTitleKo", e.title_en AS "examTitleEn", a.exam_number AS "examNumber",
              p.job_series_ko || ' ' || p.grade || '급' AS "positionLabelKo",
              a.written_result AS "writtenResult", a.final_result AS "finalResult"
         FROM examination.application a
         JOIN examination.exam e ON e.id = a.exam_id
         JOIN examination.position p ON p.id = a.position_id
        WHERE a.exam_id = $1 AND a.tenant_id = $2 AND a.applicant_id = $3 AND a.exam_number IS NOT NULL`,
      [examId, tenantId, applicantId],
    );
    return row;
  }

  /**
   * A page of the exam's numbered applications, in id order after `afterId`, as `ownResult` reads each
   * (same facts, same results); an applicant with more than one numbered application in the exam is
   * left out (their lookup goes to `ownResult`).
   */
  publishedResults(examId: string, afterId: string | null, limit: number): Promise<PublishedResultRow[]> {
    return this.dataSource.query(
      `SELECT a.id, a.tenant_id AS "tenantId", a.applicant_id AS "applicantId",
              e.title_ko AS "examTitleKo", e.title_en AS "examTitleEn", a.exam_number AS "examNumber",
              p.job_series_ko || ' ' || p.grade || '급' AS "positionLabelKo",
              a.written_result AS "writtenResult", a.final_result AS "finalResult"
         FROM examination.application a
         JOIN examination.exam e ON e.id = a.exam_id
         JOIN examination.position p ON p.id = a.position_id
        WHERE a.exam_id = $1 AND a.exam_number IS NOT NULL AND ($2::uuid IS NULL OR a.id > $2::uuid)
          AND NOT EXISTS (SELECT 1 FROM examination.application o
                           WHERE o.exam_id = a.exam_id AND o.tenant_id = a.tenant_id AND o.applicant_id = a.applicant_id
                             AND o.exam_number IS NOT NULL AND o.id <> a.id)
        ORDER BY a.id
        LIMIT $3`,
      [examId, afterId, limit],
    );
  }
}
