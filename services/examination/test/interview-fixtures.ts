import { randomUUID } from 'node:crypto';
import { SeededExam, SpecDatabase } from './spec-database';

/** An interviewer of the tenant. */
export async function seedInterviewer(db: SpecDatabase, tenantId: string): Promise<string> {
  const id = randomUUID();
  await db.rows(
    `INSERT INTO examination.interviewer (id, tenant_id, name_ko, affiliation, ` +
      `expertise, external, active) VALUES ($1, $2, '김면접', '서울대학교', '행정학', true, true)`,
    [id, tenantId],
  );
  return id;
}

/** An interview session of the exam's position with that panel. */
export async function seedSession(db: SpecDatabase, tenantId: string, exam: SeededExam, panel: string[]): Promise<string> {
  const id = randomUUID();
  await db.rows(
    `INSERT INTO examination.interview_session (id, tenant_id, exam_id, position_id, seq, held_on, starts_at, room, panel)
     VALUES ($1, $2, $3, $4, 1, '2027-05-10', '09:00', '면접실 1', $5::uuid[])`,
    [id, tenantId, exam.examId, exam.positionId, panel],
  );
  return id;
}
