import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The contacts (kept from the gateway's `identity.user.changed`) and the delivery pipeline: one row
 * per event, person and channel, sent by the service's sender with retries.
 */
export class ContactsAndDeliveries1765900000001 implements MigrationInterface {
  name = 'ContactsAndDeliveries1765900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notification"."contact" (
      "user_id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "name" text NOT NULL,
      "email" text NOT NULL,
      "locale" text,
      "roles" text array NOT NULL,
      "agency_code" text,
      "active" boolean NOT NULL,
      "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL
    )`);
    await q.query(`CREATE INDEX "IDX_contact_tenant_roles" ON "notification"."contact" ("tenant_id")`);
    await q.query(`CREATE TABLE "notification"."delivery" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "event_id" uuid NOT NULL,
      "event_type" text NOT NULL,
      "recipient" text NOT NULL,
      "channel" text NOT NULL,
      "address" text NOT NULL,
      "template" text NOT NULL,
      "locale" text NOT NULL,
      "subject" text NOT NULL,
      "content" jsonb NOT NULL,
      "status" text NOT NULL CONSTRAINT "CHK_delivery_status" CHECK ("status" IN ('pending', 'sent', 'failed')),
      "attempts" integer NOT NULL,
      "last_error" text,
      "next_attempt_at" TIMESTAMP WITH TIME ZONE,
      "provider_message_id" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "sent_at" TIMESTAMP WITH TIME ZONE
    )`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_delivery_event_recipient_channel" ON "notification"."delivery" ("event_id", "recipient", "channel")`,
    );
    await q.query(`CREATE INDEX "IDX_delivery_tenant_created" ON "notification"."delivery" ("tenant_id", "created_at")`);
    // What the sender looks for: only rows still to send.
    await q.query(
      `CREATE INDEX "IDX_delivery_due" ON "notification"."delivery" ("next_attempt_at") WHERE "status" IN ('pending', 'failed')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification"."delivery"`);
    await q.query(`DROP TABLE "notification"."contact"`);
  }
}
