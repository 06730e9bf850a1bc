import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finance's own notice table goes: a line's officers are now told by the notification service (its
 * inbox and e-mail), from finance's events (`finance.line.threshold_crossed`, `finance.commitment.held`).
 * The notices already written are not carried over: they were read on the budget book page only.
 */
export class DropNotices1766010000000 implements MigrationInterface {
  name = 'DropNotices1766010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "finance"."notification"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "finance"."notification" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "budget_line_id" uuid NOT NULL,
      "officer_user_id" uuid,
      "kind" text NOT NULL,
      "threshold_percent" integer,
      "commitment_id" uuid,
      "amount" bigint NOT NULL,
      "current_budget" bigint NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "FK_notification_line" FOREIGN KEY ("budget_line_id") REFERENCES "finance"."budget_line"("id") ON DELETE RESTRICT
    )`);
    await q.query(`CREATE INDEX "IDX_notification_tenant_created" ON "finance"."notification" ("tenant_id", "created_at")`);
  }
}
