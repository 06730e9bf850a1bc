import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The year's recruitment plan per quarter (선발계획, 추진횟수) by kind of exam: the Seoul report plans
 * its career recruitment (4-2) this way, and the career exams held are measured against it.
 */
export class RecruitmentPlan1765950000002 implements MigrationInterface {
  name = 'RecruitmentPlan1765950000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "examination"."recruitment_plan" (
      "id" uuid NOT NULL,
      "tenant_id" uuid NOT NULL,
      "fiscal_year" int NOT NULL,
      "kind" text NOT NULL,
      "quarter" int NOT NULL,
      "selections" int NOT NULL,
      "rounds" int NOT NULL,
      CONSTRAINT "PK_recruitment_plan" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_recruitment_plan_quarter" CHECK ("quarter" BETWEEN 1 AND 4)
    )`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_recruitment_plan_quarter" ON "examination"."recruitment_plan" ("tenant_id", "fiscal_year", "kind", "quarter")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "examination"."recruitment_plan"`);
  }
}
