import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scoring from answer keys (issue 14, item 3): each candidate's marked answers as the OMR scanner read them,
 * the exam's answer keys (가답안, then 최종정답) with their objection window, the applicants' objections
 * (이의제기) and the officer's decision on each question under objection.
 */
export class AnswerKeys1766040000000 implements MigrationInterface {
  name = 'AnswerKeys1766040000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "examination"."answer_sheet" (
      "application_id" uuid NOT NULL,
      "exam_id" uuid NOT NULL,
      "tenant_id" uuid NOT NULL,
      "marks" jsonb NOT NULL,
      "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_answer_sheet" PRIMARY KEY ("application_id")
    )`);
    await q.query(`CREATE INDEX "IDX_answer_sheet_exam" ON "examination"."answer_sheet" ("exam_id")`);
    await q.query(`CREATE TABLE "examination"."answer_key" (
      "exam_id" uuid NOT NULL,
      "tenant_id" uuid NOT NULL,
      "subjects" jsonb NOT NULL,
      "objection_opens_at" TIMESTAMP WITH TIME ZONE,
      "objection_closes_at" TIMESTAMP WITH TIME ZONE,
      "provisional_at" TIMESTAMP WITH TIME ZONE,
      "final_at" TIMESTAMP WITH TIME ZONE,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_answer_key" PRIMARY KEY ("exam_id")
    )`);
    await q.query(`CREATE TABLE "examination"."answer_key_decision" (
      "exam_id" uuid NOT NULL,
      "subject" text NOT NULL,
      "question" integer NOT NULL,
      "outcome" text NOT NULL,
      "correct" integer array NOT NULL,
      "reason" text NOT NULL,
      "decided_by" uuid NOT NULL,
      "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_answer_key_decision" PRIMARY KEY ("exam_id", "subject", "question")
    )`);
    await q.query(`CREATE TABLE "examination"."answer_objection" (
      "id" uuid NOT NULL,
      "exam_id" uuid NOT NULL,
      "tenant_id" uuid NOT NULL,
      "application_id" uuid NOT NULL,
      "subject" text NOT NULL,
      "question" integer NOT NULL,
      "claim" integer NOT NULL,
      "reason" text NOT NULL,
      "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_answer_objection" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_answer_objection_question" UNIQUE ("application_id", "subject", "question")
    )`);
    await q.query(`CREATE INDEX "IDX_answer_objection_exam" ON "examination"."answer_objection" ("exam_id", "subject", "question")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "examination"."answer_objection"`);
    await q.query(`DROP TABLE "examination"."answer_key_decision"`);
    await q.query(`DROP TABLE "examination"."answer_key"`);
    await q.query(`DROP TABLE "examination"."answer_sheet"`);
  }
}
