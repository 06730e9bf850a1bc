import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The application wizard (issue 14, item 2): the announcement's licence bonus rules; the application's
 * education, licences, licence and rescuer bonuses, and its identity confirmation.
 */
export class ApplicationWizard1766020000000 implements MigrationInterface {
  name = 'ApplicationWizard1766020000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "examination"."exam" ADD "licence_bonus_rules" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "examination"."application"
      ADD "rescuer_bonus_percent" integer NOT NULL DEFAULT 0,
      ADD "licence_bonus_percent" integer NOT NULL DEFAULT 0,
      ADD "education" jsonb,
      ADD "licences" jsonb NOT NULL DEFAULT '[]',
      ADD "identity_ref" text,
      ADD "identity_verified_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "examination"."application"
      DROP COLUMN "identity_verified_at", DROP COLUMN "identity_ref", DROP COLUMN "licences", DROP COLUMN "education",
      DROP COLUMN "licence_bonus_percent", DROP COLUMN "rescuer_bonus_percent"`);
    await q.query(`ALTER TABLE "examination"."exam" DROP COLUMN "licence_bonus_rules"`);
  }
}
