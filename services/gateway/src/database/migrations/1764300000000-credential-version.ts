import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tokens stop working when the password changes (credential_version) or the account is disabled (disabled_at). */
export class CredentialVersion1764300000000 implements MigrationInterface {
  name = 'CredentialVersion1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gateway"."app_user" ADD "credential_version" integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE "gateway"."app_user" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gateway"."app_user" DROP COLUMN "disabled_at"`);
    await q.query(`ALTER TABLE "gateway"."app_user" DROP COLUMN "credential_version"`);
  }
}
