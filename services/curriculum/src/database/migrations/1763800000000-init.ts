import { messagingTablesDown, messagingTablesUp } from '@baeum/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1763800000000 implements MigrationInterface {
  name = 'Init1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "curriculum"."course" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "code" text NOT NULL,
      "name_ko" text NOT NULL,
      "name_en" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX "IDX_course_tenant_code" ON "curriculum"."course" ("tenant_id", "code")`);
    await q.query(`CREATE TABLE "curriculum"."cohort" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "course_id" uuid NOT NULL,
      "start_date" date NOT NULL,
      "end_date" date NOT NULL,
      "capacity" integer NOT NULL,
      "estimated_cost" bigint NOT NULL,
      "budget_line_code" text NOT NULL,
      "status" text NOT NULL DEFAULT 'scheduled',
      "created_by" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "FK_cohort_course" FOREIGN KEY ("course_id") REFERENCES "curriculum"."course"("id") ON DELETE RESTRICT
    )`);
    await q.query(`CREATE INDEX "IDX_cohort_tenant_start" ON "curriculum"."cohort" ("tenant_id", "start_date")`);
    for (const sql of messagingTablesUp('curriculum')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of messagingTablesDown('curriculum')) await q.query(sql);
    await q.query(`DROP TABLE "curriculum"."cohort"`);
    await q.query(`DROP TABLE "curriculum"."course"`);
  }
}
