import { EventPublisher } from '@baeum/messaging';
import { AuthUser } from '@baeum/service-kit';
import { specDatabase } from '@baeum/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { HttpException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { examinationDatabase } from '../src/database/settings';
import type { ExaminationEnv } from '../src/config/env';

/**
 * A database of its own for one spec file of the examination service, migrated as the service
 * migrates it, on the PostgreSQL the tests use (BAEUM_TEST_PG_URL, else 127.0.0.1:5432). Each test
 * still makes its own tenant, so tests of one file do not see each other's rows.
 */
export interface SpecDatabase {
  dataSource: DataSource;
  /** The service's own outbox writer, into this database. */
  publisher: EventPublisher;
  /** Raw reads for the test's assertions. */
  rows<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** The shared helper of libs/testing makes and drops the database; the service's publisher and raw reads are added. */
export async function openSpecDatabase(): Promise<SpecDatabase> {
  // The helper replaces the address with the spec's own database.
  const db = await specDatabase(examinationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as ExaminationEnv));
  return {
    dataSource: db.dataSource,
    publisher: new EventPublisher({ service: 'examination', schema: 'examination', serialiseWriters: false }),
    rows: (sql, params = []) => db.dataSource.query(sql, params),
    close: () => db.drop(),
  };
}

/** An exam officer of a tenant made for this test alone. */
export const newOfficer = (): AuthUser => ({
  userId: randomUUID(),
  tenantId: randomUUID(),
  role: 'exam_officer',
  agencyCode: null,
  name: '시험 담당',
});

/** Exams of one tenant differ by round number. */
let examsSeeded = 0;

export interface SeededExam {
  examId: string;
  positionId: string;
}

/** An exam of the officer's tenant with one position; its deadlines passed unless `open`. */
export async function seedExam(
  db: SpecDatabase,
  tenantId: string,
  options: {
    kind?: 'open' | 'career';
    open?: boolean;
    examNumbersAssigned?: boolean;
    budgetLineCode?: string;
    fee?: number;
    /** The written exam's date (YYYY-MM-DD); 2027-04-10 unless told. */
    writtenExamOn?: string;
  } = {},
): Promise<SeededExam> {
  const examId = randomUUID();
  const positionId = randomUUID();
  const day = 86_400_000;
  const now = Date.now();
  const [opens, closes, cancellation] = options.open
    ? [new Date(now - day), new Date(now + 10 * day), new Date(now + 12 * day)]
    : [new Date(now - 30 * day), new Date(now - 20 * day), new Date(now - 15 * day)];
  await db.rows(
    `INSERT INTO examination.exam (id, tenant_id, kind, year, round_no, title_ko, title_en, announced_on,
      application_opens_at, application_closes_at,
       cancellation_closes_at, written_exam_on, result_on, selection_planned, selection_tentative, budget_line_code,
         exam_numbers_assigned_at)
     VALUES ($1, $2, $3, 2027, $9, '2027년 시험', '2027 exam 1', '2027-01-05', $4, $5, $6, $10, '2027-06-30', 10, false, $7, $8)`,
    [
      examId,
      tenantId,
      options.kind ?? 'open',
      opens,
      closes,
      cancellation,
      options.budgetLineCode ?? 'EXAM-OPS',
      options.examNumbersAssigned ? new Date() : null,
      ++examsSeeded,
      options.writtenExamOn ?? '2027-04-10',
    ],
  );
  await db.rows(
    `INSERT INTO examination.position (id, tenant_id, exam_id, seq, job_series, job_series_ko, grade, openings, track, min_age, fee)
     VALUES ($1, $2, $3, 1, 'administration', '일반행정', 9, 3, 'general', 18, $4)`,
    [positionId, tenantId, examId, options.fee ?? 5000],
  );
  return { examId, positionId };
}

/** A paid application to the exam (with an exam number unless told otherwise). */
export async function seedApplication(
  db: SpecDatabase,
  tenantId: string,
  exam: SeededExam,
  fields: {
    examNumber?: string | null;
    status?: string;
    accommodations?: { kind: string }[];
    roomId?: string;
    interviewSessionId?: string;
    writtenResult?: string;
    finalResult?: string;
    applicantId?: string;
  } = {},
): Promise<string> {
  const id = randomUUID();
  await db.rows(
    `INSERT INTO examination.application (id, tenant_id, exam_id, position_id, applicant_id, idempotency_key, status,
      name_ko, birth_date, phone,
       veterans_bonus_percent, accommodations, accommodation_status, fee_amount, submitted_at, updated_at, paid_at,
         exam_number, room_id, interview_session_id,
       written_result, final_result)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '홍길동', '1995-05-05', '010-0000-0000', 0, $8, $9, 5000, now(), now(), now(), $10,
       $11, $12, $13, $14)`,
    [
      id,
      tenantId,
      exam.examId,
      exam.positionId,
      fields.applicantId ?? randomUUID(),
      randomUUID(),
      fields.status ?? 'paid',
      JSON.stringify(fields.accommodations ?? []),
      (fields.accommodations ?? []).length > 0 ? 'requested' : 'none',
      fields.examNumber === undefined ? `1-01-${randomBytes(3).toString('hex')}` : fields.examNumber,
      fields.roomId ?? null,
      fields.interviewSessionId ?? null,
      fields.writtenResult ?? null,
      fields.finalResult ?? null,
    ],
  );
  return id;
}

/** The exam's written results published a minute ago, and its final results due tomorrow. */
export async function seedPublications(db: SpecDatabase, tenantId: string, examId: string): Promise<void> {
  await db.rows(
    `INSERT INTO examination.publication (exam_id, stage, tenant_id, publish_at, positions, passed)
     VALUES ($1, 'written', $2, now() - interval '1 minute', 1, 0), ($1, 'final', $2, now() + interval '1 day', 1, 0)`,
    [examId, tenantId],
  );
}

/** What a use case refused with: the HTTP status, the code and the whole answer body. */
export async function refusal(work: Promise<unknown>): Promise<{ status: number; code: string; body: Record<string, unknown> }> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof HttpException)) throw new Error(`expected a refusal, got ${error === null ? 'success' : String(error)}`);
  const body = error.getResponse() as Record<string, unknown>;
  return { status: error.getStatus(), code: String(body.code), body };
}

/** The events the service's outbox holds for a subject (an application, an exam, a round), in order. */
export const eventsAbout = (db: SpecDatabase, subjectId: string) =>
  db.rows<{ type: string; payload: Record<string, unknown> }>(
    `SELECT type, envelope->'payload' AS payload FROM examination.outbox WHERE envelope::text LIKE '%' || $1 || '%' ORDER BY seq`,
    [subjectId],
  );
