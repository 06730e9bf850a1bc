import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password reset by mailed link: one pending reset per account (a new request replaces it), its token
 * kept only as a hash, used once (used_at) and standing until expires_at.
 */
export class PasswordReset1765400000000 implements MigrationInterface {
  name = 'PasswordReset1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "gateway"."password_reset" (
      "user_id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "token_hash" text NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "used_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_password_reset_token" ON "gateway"."password_reset" ("token_hash")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "gateway"."password_reset"`);
  }
}
