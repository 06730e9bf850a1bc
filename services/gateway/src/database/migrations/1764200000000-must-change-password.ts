import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts made with a temporary password (trainee accounts) ask for a new one at first sign-in. */
export class MustChangePassword1764200000000 implements MigrationInterface {
  name = 'MustChangePassword1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gateway"."app_user" ADD "must_change_password" boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gateway"."app_user" DROP COLUMN "must_change_password"`);
  }
}
