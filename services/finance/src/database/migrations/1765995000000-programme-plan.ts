import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Programmes of the work report planned per quarter apart from their line's own rows: 3-3's
 * facility projects (사업수 per quarter, on its line) and 2-7's international training, paid from
 * the External Cooperation Fund (대외협력기금) and so not a line of the book, with its budget per
 * quarter. One row per institute, year and programme.
 */
export class ProgrammePlan1765995000000 implements MigrationInterface {
  name = 'ProgrammePlan1765995000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "finance"."programme_plan" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "fiscal_year" integer NOT NULL,
      "programme" text NOT NULL,
      "label_ko" text NOT NULL,
      "label_en" text NOT NULL,
      "budget_line_id" uuid,
      "fund_ko" text,
      "fund_en" text,
      "count_label_ko" text,
      "count_label_en" text,
      "counts" integer array,
      "budget_q1" bigint,
      "budget_q2" bigint,
      "budget_q3" bigint,
      "budget_q4" bigint,
      CONSTRAINT "FK_programme_plan_line" FOREIGN KEY ("budget_line_id") REFERENCES "finance"."budget_line"("id") ON DELETE RESTRICT
    )`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_programme_plan_programme" ON "finance"."programme_plan" ("tenant_id", "fiscal_year", "programme")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "finance"."programme_plan"`);
  }
}
