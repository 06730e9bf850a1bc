import { messagingTablesDown, messagingTablesUp } from '@baeum/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1763800000000 implements MigrationInterface {
  name = 'Init1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "enrollment"."cohort_seats" (
      "cohort_id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "capacity" integer NOT NULL,
      "confirmed" integer NOT NULL DEFAULT 0,
      "start_date" date NOT NULL,
      "end_date" date NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "IDX_cohort_seats_tenant" ON "enrollment"."cohort_seats" ("tenant_id")`);
    for (const sql of messagingTablesUp('enrollment')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of messagingTablesDown('enrollment')) await q.query(sql);
    await q.query(`DROP TABLE "enrollment"."cohort_seats"`);
  }
}
