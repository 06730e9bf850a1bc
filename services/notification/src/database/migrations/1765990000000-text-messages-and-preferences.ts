import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Text messages: a contact's mobile number, each person's notification preferences (channels and
 * quiet hours for texts), and the texts the simulated provider "sent" (what the demo and tests read).
 */
export class TextMessagesAndPreferences1765990000000 implements MigrationInterface {
  name = 'TextMessagesAndPreferences1765990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification"."contact" ADD "phone" text`);
    await q.query(`CREATE TABLE "notification"."notification_preference" (
      "tenant_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "email" boolean NOT NULL,
      "sms" boolean NOT NULL,
      "quiet_start" text,
      "quiet_end" text,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_notification_preference" PRIMARY KEY ("tenant_id", "user_id"),
      CONSTRAINT "CHK_notification_preference_quiet" CHECK (("quiet_start" IS NULL) = ("quiet_end" IS NULL))
    )`);
    await q.query(`CREATE TABLE "notification"."text_message" (
      "id" uuid NOT NULL PRIMARY KEY,
      "reference" text NOT NULL,
      "to_number" text NOT NULL,
      "kind" text NOT NULL,
      "bytes" int NOT NULL,
      "text" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "CHK_text_message_kind" CHECK ("kind" IN ('sms', 'lms'))
    )`);
    // The sender's reference (the delivery id): a resend after a lost answer records no second text.
    await q.query(`CREATE UNIQUE INDEX "UQ_text_message_reference" ON "notification"."text_message" ("reference")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification"."text_message"`);
    await q.query(`DROP TABLE "notification"."notification_preference"`);
    await q.query(`ALTER TABLE "notification"."contact" DROP COLUMN "phone"`);
  }
}
