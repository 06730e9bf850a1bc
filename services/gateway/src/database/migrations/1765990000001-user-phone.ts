import { MigrationInterface, QueryRunner } from 'typeorm';

/** A user's own mobile number for text messages, optional (`010-1234-5678`). */
export class UserPhone1765990000001 implements MigrationInterface {
  name = 'UserPhone1765990000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gateway"."app_user" ADD "phone" text`);
    await q.query(`ALTER TABLE "gateway"."app_user" ADD CONSTRAINT "CHK_app_user_phone" CHECK ("phone" ~ '^010-[0-9]{4}-[0-9]{4}$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gateway"."app_user" DROP CONSTRAINT "CHK_app_user_phone"`);
    await q.query(`ALTER TABLE "gateway"."app_user" DROP COLUMN "phone"`);
  }
}
