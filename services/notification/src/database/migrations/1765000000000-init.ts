import { messagingTablesDown, messagingTablesUp } from '@baeum/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1765000000000 implements MigrationInterface {
  name = 'Init1765000000000';

  async up(q: QueryRunner): Promise<void> {
    // The delivery log: one row per message an event caused on a channel ('email', later 'sms'),
    // status 'sent' or 'failed', written when it was sent (or, outside the failed attempt's
    // transaction, when sending it failed).
    await q.query(`CREATE TABLE "notification"."messages" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "channel" text NOT NULL,
      "recipient" text NOT NULL,
      "template" text NOT NULL,
      "locale" text NOT NULL,
      "subject" text NOT NULL,
      "status" text NOT NULL,
      "attempts" integer NOT NULL,
      "provider_message_id" text,
      "last_error" text,
      "event_id" uuid NOT NULL,
      "event_type" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "sent_at" TIMESTAMP WITH TIME ZONE
    )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_messages_event_channel" ON "notification"."messages" ("event_id", "channel")`);
    await q.query(`CREATE INDEX "IDX_messages_tenant_created" ON "notification"."messages" ("tenant_id", "created_at")`);
    for (const sql of messagingTablesUp('notification')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of messagingTablesDown('notification')) await q.query(sql);
    await q.query(`DROP TABLE "notification"."messages"`);
  }
}
