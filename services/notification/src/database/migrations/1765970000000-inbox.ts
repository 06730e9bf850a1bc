import { MigrationInterface, QueryRunner } from 'typeorm';

/** The in-app inbox: one item per event and recipient, written with the event's deliveries. */
export class Inbox1765970000000 implements MigrationInterface {
  name = 'Inbox1765970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notification"."inbox_item" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "recipient" text NOT NULL,
      "event_id" uuid NOT NULL,
      "event_type" text NOT NULL,
      "title" text NOT NULL,
      "body" text NOT NULL,
      "link" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "read_at" TIMESTAMP WITH TIME ZONE
    )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_inbox_item_event_recipient" ON "notification"."inbox_item" ("event_id", "recipient")`);
    await q.query(`CREATE INDEX "IDX_inbox_item_owner_created" ON "notification"."inbox_item" ("tenant_id", "recipient", "created_at")`);
    // What the header's count reads on every page: only the unread rows.
    await q.query(`CREATE INDEX "IDX_inbox_item_unread" ON "notification"."inbox_item" ("tenant_id", "recipient") WHERE "read_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification"."inbox_item"`);
  }
}
