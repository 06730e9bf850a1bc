import { MigrationInterface, QueryRunner } from 'typeorm';

/** Interviewers who must not sit on a candidate's panel (제척·회피). */
export class InterviewerConflict1764400000000 implements MigrationInterface {
  name = 'InterviewerConflict1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "examination"."interviewer_conflict" (
      "interviewer_id" uuid NOT NULL,
      "application_id" uuid NOT NULL,
      "tenant_id" uuid NOT NULL,
      "exam_id" uuid NOT NULL,
      "reason" text NOT NULL,
      "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      PRIMARY KEY ("interviewer_id", "application_id")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "examination"."interviewer_conflict"`);
  }
}
