import { messagingTablesDown, messagingTablesUp } from '@baeum/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1763800000000 implements MigrationInterface {
  name = 'Init1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "examination"."preparatory_cohort" (
      "cohort_id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "course_code" text NOT NULL,
      "course_name_ko" text NOT NULL,
      "start_date" date NOT NULL,
      "end_date" date NOT NULL
    )`);
    await q.query(`CREATE INDEX "IDX_preparatory_cohort_tenant_start" ON "examination"."preparatory_cohort" ("tenant_id", "start_date")`);
    for (const sql of messagingTablesUp('examination')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of messagingTablesDown('examination')) await q.query(sql);
    await q.query(`DROP TABLE "examination"."preparatory_cohort"`);
  }
}
