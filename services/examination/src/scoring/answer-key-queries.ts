import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { KeyDecision, KeySubject } from './answer-keys';

/** An exam's answer keys as stored. */
export interface AnswerKeyRow {
  examId: string;
  tenantId: string;
  subjects: KeySubject[];
  objectionOpensAt: Date | null;
  objectionClosesAt: Date | null;
  provisionalAt: Date | null;
  finalAt: Date | null;
}

export interface ObjectionRow {
  id: string;
  subject: string;
  question: number;
  claim: number;
  reason: string;
  filedAt: Date;
  examNumber: string;
}

const KEY_COLUMNS = `exam_id AS "examId", tenant_id AS "tenantId", subjects, objection_opens_at AS "objectionOpensAt",
  objection_closes_at AS "objectionClosesAt", provisional_at AS "provisionalAt", final_at AS "finalAt"`;

/** Reads and writes of the answer sheets, the answer keys, the objections and their decisions. */
@Injectable()
export class AnswerKeyQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The exam's keys; `lock` holds them against a concurrent publication (within `tx`). */
  async keys(examId: string, tx: EntityManager = this.dataSource.manager, lock = false): Promise<AnswerKeyRow | undefined> {
    const [row]: AnswerKeyRow[] = await tx.query(
      `SELECT ${KEY_COLUMNS} FROM examination.answer_key WHERE exam_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [examId],
    );
    return row;
  }

  async saveKeys(tx: EntityManager, tenantId: string, examId: string, subjects: KeySubject[]): Promise<void> {
    await tx.query(
      `INSERT INTO examination.answer_key (exam_id, tenant_id, subjects) VALUES ($1, $2, $3)
       ON CONFLICT (exam_id) DO UPDATE SET subjects = EXCLUDED.subjects, updated_at = now()`,
      [examId, tenantId, JSON.stringify(subjects)],
    );
  }

  async publishProvisional(tx: EntityManager, examId: string, opensAt: Date, closesAt: Date): Promise<void> {
    await tx.query(
      `UPDATE examination.answer_key SET objection_opens_at = $2, objection_closes_at = $3,
              provisional_at = COALESCE(provisional_at, now()), updated_at = now() WHERE exam_id = $1`,
      [examId, opensAt, closesAt],
    );
  }

  async publishFinal(tx: EntityManager, examId: string): Promise<Date> {
    const [[row]]: [{ finalAt: Date }[]] = await tx.query(
      `UPDATE examination.answer_key SET final_at = now(), updated_at = now() WHERE exam_id = $1 RETURNING final_at AS "finalAt"`,
      [examId],
    );
    return row.finalAt;
  }

  /** Whether the exam is scored from answer keys (its keys are saved). */
  async usesKeys(tx: EntityManager, examId: string): Promise<{ final: boolean } | null> {
    const [row]: { final: boolean }[] = await tx.query(
      `SELECT final_at IS NOT NULL AS final FROM examination.answer_key WHERE exam_id = $1`,
      [examId],
    );
    return row ?? null;
  }

  /** Replaces the exam's answer sheets: one per candidate who sat, marks in the keys' subject order. */
  async replaceSheets(tx: EntityManager, tenantId: string, examId: string, sheets: { applicationId: string; marks: string[] }[]) {
    await tx.query(`DELETE FROM examination.answer_sheet WHERE exam_id = $1`, [examId]);
    if (sheets.length === 0) return;
    await tx.query(
      `INSERT INTO examination.answer_sheet (application_id, exam_id, tenant_id, marks)
       SELECT s.id, $1, $2, s.marks FROM unnest($3::uuid[], $4::jsonb[]) AS s(id, marks)`,
      [examId, tenantId, sheets.map((s) => s.applicationId), sheets.map((s) => JSON.stringify(s.marks))],
    );
  }

  /** Each sheet's marks, by application. */
  async sheets(tx: EntityManager, examId: string): Promise<Map<string, string[]>> {
    const rows: { applicationId: string; marks: string[] }[] = await tx.query(
      `SELECT application_id AS "applicationId", marks FROM examination.answer_sheet WHERE exam_id = $1`,
      [examId],
    );
    return new Map(rows.map((r) => [r.applicationId, r.marks]));
  }

  async sheetCount(examId: string): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM examination.answer_sheet WHERE exam_id = $1`,
      [examId],
    );
    return count;
  }

  /** The caller's applications in the exam, and which of them sat it (its answer sheet is in). */
  ownApplications(tenantId: string, applicantId: string, examId: string): Promise<{ id: string; sat: boolean }[]> {
    return this.dataSource.query(
      `SELECT a.id, (s.application_id IS NOT NULL AND a.exam_number IS NOT NULL) AS sat FROM examination.application a
         LEFT JOIN examination.answer_sheet s ON s.application_id = a.id
        WHERE a.exam_id = $1 AND a.tenant_id = $2 AND a.applicant_id = $3 ORDER BY sat DESC, a.submitted_at`,
      [examId, tenantId, applicantId],
    );
  }

  decisions(examId: string, tx: EntityManager = this.dataSource.manager): Promise<KeyDecision[]> {
    return tx.query(
      `SELECT subject, question, outcome, correct, reason, decided_at AS "decidedAt" FROM examination.answer_key_decision
        WHERE exam_id = $1 ORDER BY subject, question`,
      [examId],
    );
  }

  async decide(tx: EntityManager, examId: string, userId: string, d: Omit<KeyDecision, 'decidedAt'>): Promise<void> {
    await tx.query(
      `INSERT INTO examination.answer_key_decision (exam_id, subject, question, outcome, correct, reason, decided_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (exam_id, subject, question) DO UPDATE SET outcome = EXCLUDED.outcome, correct = EXCLUDED.correct,
         reason = EXCLUDED.reason, decided_by = EXCLUDED.decided_by, decided_at = now()`,
      [examId, d.subject, d.question, d.outcome, d.correct, d.reason, userId],
    );
  }

  /** How many questions under objection still wait for a decision. */
  async undecidedQuestions(tx: EntityManager, examId: string): Promise<number> {
    const [{ count }]: { count: number }[] = await tx.query(
      `SELECT count(*)::int AS count FROM (SELECT DISTINCT subject, question FROM examination.answer_objection o WHERE exam_id = $1
          AND NOT EXISTS (SELECT 1 FROM examination.answer_key_decision d
                           WHERE d.exam_id = o.exam_id AND d.subject = o.subject AND d.question = o.question)) q`,
      [examId],
    );
    return count;
  }

  async objectionCount(tx: EntityManager, examId: string, subject: string, question: number): Promise<number> {
    const [{ count }]: { count: number }[] = await tx.query(
      `SELECT count(*)::int AS count FROM examination.answer_objection WHERE exam_id = $1 AND subject = $2 AND question = $3`,
      [examId, subject, question],
    );
    return count;
  }

  /** The applications' objections, oldest first. */
  ownObjections(applicationIds: string[], tx: EntityManager = this.dataSource.manager): Promise<ObjectionRow[]> {
    return tx.query(
      `SELECT o.id, o.subject, o.question, o.claim, o.reason, o.filed_at AS "filedAt", a.exam_number AS "examNumber"
         FROM examination.answer_objection o JOIN examination.application a ON a.id = o.application_id
        WHERE o.application_id = ANY($1::uuid[]) ORDER BY o.filed_at, o.subject, o.question`,
      [applicationIds],
    );
  }

  /** Holds the application while its objections are counted and one is added, so two at once count each other. */
  async lockApplication(tx: EntityManager, applicationId: string): Promise<void> {
    await tx.query(`SELECT 1 FROM examination.application WHERE id = $1 FOR UPDATE`, [applicationId]);
  }

  /** Files an objection; null when the application has one on that question already. */
  async fileObjection(
    tx: EntityManager,
    o: { examId: string; tenantId: string; applicationId: string; subject: string; question: number; claim: number; reason: string },
  ): Promise<string | null> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO examination.answer_objection (id, exam_id, tenant_id, application_id, subject, question, claim, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (application_id, subject, question) DO NOTHING RETURNING id`,
      [randomUUID(), o.examId, o.tenantId, o.applicationId, o.subject, o.question, o.claim, o.reason],
    );
    return rows[0]?.id ?? null;
  }

  /** Every objection of the exam, with the objector's exam number. */
  allObjections(examId: string): Promise<ObjectionRow[]> {
    return this.dataSource.query(
      `SELECT o.id, o.subject, o.question, o.claim, o.reason, o.filed_at AS "filedAt", a.exam_number AS "examNumber"
         FROM examination.answer_objection o JOIN examination.application a ON a.id = o.application_id
        WHERE o.exam_id = $1 ORDER BY o.subject, o.question, o.filed_at`,
      [examId],
    );
  }

  /** Each candidate's written total (null: absent or not scored), by application. */
  async writtenTotals(tx: EntityManager, examId: string): Promise<Map<string, number | null>> {
    const rows: { id: string; total: number | null }[] = await tx.query(
      `SELECT id, written_total AS total FROM examination.application WHERE exam_id = $1 AND status = 'paid' AND exam_number IS NOT NULL`,
      [examId],
    );
    return new Map(rows.map((r) => [r.id, r.total]));
  }
}
