import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notices that wait for a recipient not known yet (a person, a trainee's link, a role's later holders). */
export class HeldNotices1766200000000 implements MigrationInterface {
  name = 'HeldNotices1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notification"."held_notice" (
      "event_id" uuid NOT NULL,
      "awaited_kind" text NOT NULL,
      "awaited_id" text NOT NULL,
      "tenant_id" uuid NOT NULL,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "envelope" jsonb NOT NULL,
      "held_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_held_notice" PRIMARY KEY ("event_id", "awaited_kind", "awaited_id"),
      CONSTRAINT "CHK_held_notice_kind" CHECK ("awaited_kind" IN ('person', 'trainee', 'role'))
    )`);
    await q.query(
      `CREATE INDEX "IDX_held_notice_awaited" ON "notification"."held_notice" ("tenant_id", "awaited_kind", "awaited_id", "occurred_at")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification"."held_notice"`);
  }
}
