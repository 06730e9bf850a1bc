import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enrollment's own notice table goes: what concerns a trainee or a course manager is now told by the
 * notification service (its inbox and e-mail), from enrollment's events. The notices already written
 * are not carried over: they were read on 나의 교육 only, and nothing refers to them.
 */
export class DropNotices1765980000000 implements MigrationInterface {
  name = 'DropNotices1765980000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "enrollment"."notification"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "enrollment"."notification" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "trainee_id" uuid, ` +
        `"audience_role" text, "kind" text NOT NULL, "cohort_id" uuid, "application_id" uuid, "message_ko" text NOT NULL, ` +
        `"message_en" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_notification_role" ON "enrollment"."notification" ("tenant_id", "audience_role", "created_at")`);
    await q.query(`CREATE INDEX "IDX_notification_trainee" ON "enrollment"."notification" ("trainee_id", "created_at")`);
  }
}
