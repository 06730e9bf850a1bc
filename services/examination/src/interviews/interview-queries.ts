import { InterviewerConflictView, InterviewMark, PassListEntryView } from '@baeum/api';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { InterviewRating } from './interview-rating.entity';
import { InterviewSession } from './interview-session.entity';
import { Interviewer } from './interviewer.entity';
import { InterviewerConflict } from './interviewer-conflict.entity';

/** A candidate on the interview board, with how many marks the panel has given them. */
export interface BoardCandidate {
  id: string;
  sessionId: string;
  examNumber: string;
  nameKo: string;
  marks: number;
}

/** The column of the stage before the interview: the written result (open exams) or the document screening. */
export type PreviousStage = 'written_result' | 'document_screening';

/** One candidate's interview slot, as its notice tells it (InterviewScheduledV1). */
export interface InterviewNoticeRow {
  applicationId: string;
  examId: string;
  applicantUserId: string;
  examTitleKo: string;
  jobSeriesKo: string;
  grade: number;
  examNumber: string;
  heldOn: string;
  startsAt: string;
  room: string;
}

/** Every scheduled candidate's slot in the exam, in one statement. */
export function interviewNotices(tx: EntityManager, examId: string): Promise<InterviewNoticeRow[]> {
  return tx.query(
    `SELECT a.id AS "applicationId", a.exam_id AS "examId", a.applicant_id AS "applicantUserId", e.title_ko AS "examTitleKo",
            p.job_series_ko AS "jobSeriesKo", p.grade, a.exam_number AS "examNumber", s.held_on::text AS "heldOn",
            s.starts_at AS "startsAt", s.room
       FROM examination.application a
       JOIN examination.exam e ON e.id = a.exam_id
       JOIN examination.position p ON p.id = a.position_id
       JOIN examination.interview_session s ON s.id = a.interview_session_id
      WHERE a.exam_id = $1 AND a.status = 'paid' AND a.exam_number IS NOT NULL
      ORDER BY s.held_on, s.starts_at, a.exam_number`,
    [examId],
  );
}

/** Reads and writes of interviewers, sessions, their marks and declared conflicts, inside the caller's tenant. */
@Injectable()
export class InterviewQueries {
  constructor(private readonly dataSource: DataSource) {}

  interviewers(tenantId: string): Promise<Interviewer[]> {
    return this.dataSource.getRepository(Interviewer).find({ where: { tenantId }, order: { nameKo: 'ASC' } });
  }

  interviewer(tenantId: string, id: string, tx: EntityManager = this.dataSource.manager): Promise<Interviewer | null> {
    return tx.findOne(Interviewer, { where: { id, tenantId } });
  }

  async insertInterviewer(interviewer: Interviewer): Promise<void> {
    await this.dataSource.getRepository(Interviewer).insert(interviewer);
  }

  async setInterviewerActive(id: string, active: boolean): Promise<void> {
    await this.dataSource.getRepository(Interviewer).update({ id }, { active });
  }

  /** The application of the exam, with the interview session it is placed in (if any); undefined when it is not the exam's. */
  async applicationSession(
    tx: EntityManager,
    tenantId: string,
    examId: string,
    applicationId: string,
  ): Promise<{ sessionId: string | null } | undefined> {
    const [application]: { sessionId: string | null }[] = await tx.query(
      `SELECT interview_session_id AS "sessionId" FROM examination.application WHERE id = $1 AND exam_id = $2 AND tenant_id = $3`,
      [applicationId, examId, tenantId],
    );
    return application;
  }

  /** Marks given so far in the exam's interviews. */
  async markCount(tx: EntityManager, examId: string): Promise<number> {
    const [{ marked }]: { marked: number }[] = await tx.query(
      `SELECT count(*)::int AS marked FROM examination.interview_rating r JOIN ` +
        `examination.application a ON a.id = r.application_id WHERE a.exam_id = $1`,
      [examId],
    );
    return marked;
  }

  /** Stores a declared conflict; false when the same one was declared before. */
  async insertConflict(tx: EntityManager, declared: InterviewerConflict): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO examination.interviewer_conflict (interviewer_id, application_id, ` +
        `tenant_id, exam_id, reason, declared_at) VALUES ($1, $2, $3, $4, $5, $6) ON ` +
        `CONFLICT DO NOTHING RETURNING interviewer_id`,
      [declared.interviewerId, declared.applicationId, declared.tenantId, declared.examId, declared.reason, declared.declaredAt],
    );
    return inserted.length > 0;
  }

  async conflicts(tenantId: string, examId: string): Promise<InterviewerConflictView[]> {
    const rows: (Omit<InterviewerConflictView, 'declaredAt'> & { declaredAt: Date })[] = await this.dataSource.query(
      `SELECT c.interviewer_id AS "interviewerId", i.name_ko AS "interviewerNameKo", c.application_id AS "applicationId",
        a.exam_number AS "examNumber", a.name_ko AS "candidateNameKo", c.reason, c.declared_at AS "declaredAt"
         FROM examination.interviewer_conflict c JOIN examination.interviewer i ON i.id = c.interviewer_id JOIN
           examination.application a ON a.id = c.application_id
        WHERE c.exam_id = $1 AND c.tenant_id = $2 ORDER BY c.declared_at`,
      [examId, tenantId],
    );
    return rows.map((r) => ({ ...r, declaredAt: r.declaredAt.toISOString() }));
  }

  /** A session by id; with `tenantId`, only the tenant's. */
  session(tx: EntityManager, id: string, tenantId?: string): Promise<InterviewSession | null> {
    return tx.findOne(InterviewSession, { where: tenantId ? { id, tenantId } : { id } });
  }

  sessions(tenantId: string, examId: string): Promise<InterviewSession[]> {
    return this.dataSource.getRepository(InterviewSession).find({ where: { examId, tenantId }, order: { seq: 'ASC' } });
  }

  /** The applications placed in a session. */
  async sessionMembers(tx: EntityManager, sessionId: string): Promise<string[]> {
    const members: { id: string }[] = await tx.query(`SELECT id FROM examination.application WHERE interview_session_id = $1`, [sessionId]);
    return members.map((m) => m.id);
  }

  /** A mark given again replaces the one before. */
  async upsertRatings(tx: EntityManager, ratings: InterviewRating[]): Promise<void> {
    await tx.upsert(InterviewRating, ratings, ['applicationId', 'interviewerId', 'step']);
  }

  boardCandidates(examId: string): Promise<BoardCandidate[]> {
    return this.dataSource.query(
      `SELECT a.id, a.interview_session_id AS "sessionId", a.exam_number AS "examNumber", a.name_ko AS "nameKo", count(r.step)::int AS marks
         FROM examination.application a LEFT JOIN examination.interview_rating r ON r.application_id = a.id
        WHERE a.exam_id = $1 AND a.interview_session_id IS NOT NULL GROUP BY a.id ORDER BY a.exam_number`,
      [examId],
    );
  }

  passListPositions(examId: string): Promise<{ id: string; labelKo: string; openings: number }[]> {
    return this.dataSource.query(
      `SELECT id, job_series_ko || ' ' || grade || '급' AS "labelKo", openings FROM examination.position WHERE exam_id = $1 ORDER BY seq`,
      [examId],
    );
  }

  passed(examId: string): Promise<(PassListEntryView & { positionId: string })[]> {
    return this.dataSource.query(
      `SELECT position_id AS "positionId", exam_number AS "examNumber", name_ko AS "nameKo", written_total AS "writtenTotal",
        interview_grade AS "interviewGrade"
         FROM examination.application WHERE exam_id = $1 AND final_result = 'pass' ORDER BY exam_number`,
      [examId],
    );
  }

  /** The exam's candidates (paid, with an exam number) whose previous stage is not yet decided. */
  async undecidedCount(tx: EntityManager, examId: string, stage: PreviousStage): Promise<number> {
    const [{ undecided }]: { undecided: number }[] = await tx.query(
      `SELECT count(*)::int AS undecided FROM examination.application
        WHERE exam_id = $1 AND status = 'paid' AND exam_number IS NOT NULL AND ${stage} IS NULL`,
      [examId],
    );
    return undecided;
  }

  /** How many of the exam's applications have an exam number. */
  async numberedCount(tx: EntityManager, examId: string): Promise<number> {
    const [{ numbered }]: { numbered: number }[] = await tx.query(
      `SELECT count(*)::int AS numbered FROM examination.application WHERE exam_id = $1 AND exam_number IS NOT NULL`,
      [examId],
    );
    return numbered;
  }

  /** Those who passed the previous stage, by position and exam number. */
  passedPreviousStage(tx: EntityManager, examId: string, stage: PreviousStage): Promise<{ id: string; positionId: string }[]> {
    return tx.query(
      `SELECT a.id, a.position_id AS "positionId" FROM examination.application a JOIN examination.position p ON p.id = a.position_id
        WHERE a.exam_id = $1 AND a.${stage} = 'pass' ORDER BY p.seq, a.exam_number`,
      [examId],
    );
  }

  /** The tenant's active interviewers (the pool panels are drawn from), by id. */
  async activeInterviewerIds(tx: EntityManager, tenantId: string): Promise<string[]> {
    const pool: { id: string }[] = await tx.query(`SELECT id FROM examination.interviewer WHERE tenant_id = $1 AND active ORDER BY id`, [
      tenantId,
    ]);
    return pool.map((p) => p.id);
  }

  /** The conflicts declared in the exam, interviewer and application. */
  examConflicts(tx: EntityManager, examId: string): Promise<{ interviewerId: string; applicationId: string }[]> {
    return tx.query(
      `SELECT interviewer_id AS "interviewerId", application_id AS "applicationId" ` +
        `FROM examination.interviewer_conflict WHERE exam_id = $1`,
      [examId],
    );
  }

  /** Replaces the exam's sessions: the old ones go, the new ones are stored and each application placed in its own. */
  async replaceSessions(tx: EntityManager, examId: string, sessions: InterviewSession[], members: string[][]): Promise<void> {
    await tx.query(`UPDATE examination.application SET interview_session_id = NULL WHERE exam_id = $1`, [examId]);
    await tx.delete(InterviewSession, { examId });
    if (sessions.length === 0) return;
    await tx.insert(InterviewSession, sessions);
    await tx.query(
      `UPDATE examination.application a SET interview_session_id = s.session_id
         FROM unnest($1::uuid[], $2::uuid[]) AS s(id, session_id) WHERE a.id = s.id`,
      [members.flat(), members.flatMap((m, i) => m.map(() => sessions[i].id))],
    );
  }

  /** The exam's scheduled candidates with their session's panel. */
  scheduledCandidates(
    tx: EntityManager,
    examId: string,
  ): Promise<{ id: string; positionId: string; examNumber: string; writtenTotal: number | null; panel: string[] }[]> {
    return tx.query(
      `SELECT a.id, a.position_id AS "positionId", a.exam_number AS "examNumber", a.written_total AS "writtenTotal", s.panel
         FROM examination.application a JOIN examination.interview_session s ON s.id = a.interview_session_id WHERE a.exam_id = $1`,
      [examId],
    );
  }

  /** Every mark given in the exam's interviews. */
  examMarks(tx: EntityManager, examId: string): Promise<{ applicationId: string; step: string; mark: InterviewMark }[]> {
    return tx.query(
      `SELECT r.application_id AS "applicationId", r.step, r.mark
         FROM examination.interview_rating r JOIN examination.application a ON a.id = r.application_id WHERE a.exam_id = $1`,
      [examId],
    );
  }

  /** The exam's positions with their openings, in order. */
  positionOpenings(tx: EntityManager, examId: string): Promise<{ id: string; openings: number }[]> {
    return tx.query(`SELECT id, openings FROM examination.position WHERE exam_id = $1 ORDER BY seq`, [examId]);
  }

  /**
   * Stores the final results: every candidate (paid, with an exam number) fails unless graded here,
   * and each graded one gets its grade and pass or fail.
   */
  async setFinalResults(
    tx: EntityManager,
    examId: string,
    graded: { applicationId: string; grade: string | null; passed: boolean }[],
  ): Promise<void> {
    await tx.query(
      `UPDATE examination.application SET final_result = 'fail', interview_grade = NULL, updated_at = now()
        WHERE exam_id = $1 AND status = 'paid' AND exam_number IS NOT NULL`,
      [examId],
    );
    await tx.query(
      `UPDATE examination.application a SET interview_grade = g.grade, final_result = CASE WHEN g.passed THEN 'pass' ELSE 'fail' END
         FROM unnest($1::uuid[], $2::text[], $3::boolean[]) AS g(id, grade, passed) WHERE a.id = g.id`,
      [graded.map((g) => g.applicationId), graded.map((g) => g.grade), graded.map((g) => g.passed)],
    );
  }
}
