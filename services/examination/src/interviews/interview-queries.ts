import { InterviewerConflictView, PassListEntryView } from '@baeum/api';
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
      `SELECT count(*)::int AS marked FROM examination.interview_rating r JOIN examination.application a ON a.id = r.application_id WHERE a.exam_id = $1`,
      [examId],
    );
    return marked;
  }

  /** Stores a declared conflict; false when the same one was declared before. */
  async insertConflict(tx: EntityManager, declared: InterviewerConflict): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO examination.interviewer_conflict (interviewer_id, application_id, tenant_id, exam_id, reason, declared_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING interviewer_id`,
      [declared.interviewerId, declared.applicationId, declared.tenantId, declared.examId, declared.reason, declared.declaredAt],
    );
    return inserted.length > 0;
  }

  async conflicts(tenantId: string, examId: string): Promise<InterviewerConflictView[]> {
    const rows: (Omit<InterviewerConflictView, 'declaredAt'> & { declaredAt: Date })[] = await this.dataSource.query(
      `SELECT c.interviewer_id AS "interviewerId", i.name_ko AS "interviewerNameKo", c.application_id AS "applicationId", a.exam_number AS "examNumber", a.name_ko AS "candidateNameKo", c.reason, c.declared_at AS "declaredAt"
         FROM examination.interviewer_conflict c JOIN examination.interviewer i ON i.id = c.interviewer_id JOIN examination.application a ON a.id = c.application_id
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
      `SELECT position_id AS "positionId", exam_number AS "examNumber", name_ko AS "nameKo", written_total AS "writtenTotal", interview_grade AS "interviewGrade"
         FROM examination.application WHERE exam_id = $1 AND final_result = 'pass' ORDER BY exam_number`,
      [examId],
    );
  }
}
