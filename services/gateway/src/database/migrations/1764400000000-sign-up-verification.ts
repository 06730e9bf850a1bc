import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An applicant's account waits unverified until its owner opens the link mailed at sign-up
 * (verified_at). Accounts made before, and those made by staff, count as verified (the default).
 * The link's token is kept only as its hash, one pending link per account.
 */
export class SignUpVerification1764400000000 implements MigrationInterface {
  name = 'SignUpVerification1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gateway"."app_user" ADD "verified_at" TIMESTAMP WITH TIME ZONE DEFAULT now()`);
    await q.query(`CREATE TABLE "gateway"."sign_up_verification" (
      "user_id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "token_hash" text NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_sign_up_verification_token" ON "gateway"."sign_up_verification" ("token_hash")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "gateway"."sign_up_verification"`);
    await q.query(`ALTER TABLE "gateway"."app_user" DROP COLUMN "verified_at"`);
  }
}
