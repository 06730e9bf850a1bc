import { MigrationInterface, QueryRunner } from 'typeorm';

/** The replica of finance's budget lines (`finance.budget_line.published`) that cohorts are checked against. */
export class BudgetLineReplica1765000000000 implements MigrationInterface {
  name = 'BudgetLineReplica1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "curriculum"."budget_line" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "fiscal_year" integer NOT NULL,
      "code" text NOT NULL,
      "name_ko" text NOT NULL,
      "name_en" text NOT NULL,
      "chargeable" boolean NOT NULL,
      "published_at" TIMESTAMP WITH TIME ZONE NOT NULL
    )`);
    await q.query(`CREATE INDEX "IDX_budget_line_tenant_year_code" ON "curriculum"."budget_line" ("tenant_id", "fiscal_year", "code")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "curriculum"."budget_line"`);
  }
}
