import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Completion imports keep a code beside each text: the refused rows' problems, and why a failed
 * import failed. Rows refused before this have no coded problems.
 */
export class CodedImportProblems1764300000000 implements MigrationInterface {
  name = 'CodedImportProblems1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "enrollment"."completion_import" ADD "failure_code" text`);
    await q.query(`ALTER TABLE "enrollment"."completion_import" ADD "failure_params" jsonb`);
    await q.query(`ALTER TABLE "enrollment"."completion_import_error" ADD "problems" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "enrollment"."completion_import_error" DROP COLUMN "problems"`);
    await q.query(`ALTER TABLE "enrollment"."completion_import" DROP COLUMN "failure_params"`);
    await q.query(`ALTER TABLE "enrollment"."completion_import" DROP COLUMN "failure_code"`);
  }
}
