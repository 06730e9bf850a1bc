import { messagingTablesDown, messagingTablesUp } from '@baeum/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1763800000000 implements MigrationInterface {
  name = 'Init1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "finance"."budget_line" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "fiscal_year" integer NOT NULL,
      "code" text NOT NULL,
      "name_ko" text NOT NULL,
      "name_en" text NOT NULL,
      "amount" bigint NOT NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX "IDX_budget_line_tenant_year_code" ON "finance"."budget_line" ("tenant_id", "fiscal_year", "code")`);
    await q.query(`CREATE TABLE "finance"."commitment" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "budget_line_id" uuid NOT NULL,
      "amount" bigint NOT NULL,
      "cohort_id" uuid,
      "source_event_id" uuid NOT NULL,
      "source_event_type" text NOT NULL,
      "description" text NOT NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "FK_commitment_budget_line" FOREIGN KEY ("budget_line_id") REFERENCES "finance"."budget_line"("id") ON DELETE RESTRICT
    )`);
    await q.query(`CREATE INDEX "IDX_commitment_tenant_cohort" ON "finance"."commitment" ("tenant_id", "cohort_id")`);
    await q.query(`CREATE INDEX "IDX_commitment_line" ON "finance"."commitment" ("budget_line_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_commitment_source_event" ON "finance"."commitment" ("source_event_id")`);
    for (const sql of messagingTablesUp('finance')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of messagingTablesDown('finance')) await q.query(sql);
    await q.query(`DROP TABLE "finance"."commitment"`);
    await q.query(`DROP TABLE "finance"."budget_line"`);
  }
}
