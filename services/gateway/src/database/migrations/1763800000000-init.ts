import { messagingTablesDown, messagingTablesUp } from '@baeum/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1763800000000 implements MigrationInterface {
  name = 'Init1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "gateway"."tenant" (
      "id" uuid NOT NULL PRIMARY KEY,
      "slug" text NOT NULL,
      "name_ko" text NOT NULL,
      "name_en" text NOT NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_tenant_slug" ON "gateway"."tenant" ("slug")`);
    await q.query(`CREATE TABLE "gateway"."app_user" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "email" text NOT NULL,
      "name" text NOT NULL,
      "role" text NOT NULL,
      "agency_code" text,
      "password_hash" text NOT NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_app_user_tenant_email" ON "gateway"."app_user" ("tenant_id", "email")`);
    for (const sql of messagingTablesUp('gateway')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of messagingTablesDown('gateway')) await q.query(sql);
    await q.query(`DROP TABLE "gateway"."app_user"`);
    await q.query(`DROP TABLE "gateway"."tenant"`);
  }
}
