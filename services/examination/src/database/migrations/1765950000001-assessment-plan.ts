import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The year's plan of competency assessments (역량평가 실시 운영계획) per grade and quarter, the cells
 * the rounds held are measured against. A cell whose quarter the source does not let us recover
 * (two of grade 5's in the Seoul report) is kept with no quarter, as the source gives it.
 */
export class AssessmentPlan1765950000001 implements MigrationInterface {
  name = 'AssessmentPlan1765950000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "examination"."assessment_plan" (
      "id" uuid NOT NULL,
      "tenant_id" uuid NOT NULL,
      "fiscal_year" int NOT NULL,
      "grade" int NOT NULL,
      "position" int NOT NULL,
      "quarter" int,
      "rounds" int,
      "candidates" int,
      "note_ko" text,
      "note_en" text,
      CONSTRAINT "PK_assessment_plan" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_assessment_plan_quarter" CHECK ("quarter" BETWEEN 1 AND 4)
    )`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_assessment_plan_cell" ON "examination"."assessment_plan" ("tenant_id", "fiscal_year", "grade", "position")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "examination"."assessment_plan"`);
  }
}
