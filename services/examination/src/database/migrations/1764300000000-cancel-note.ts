import { MigrationInterface, QueryRunner } from 'typeorm';

/** An officer who cancels an application as ineligible says why; the applicant reads it. */
export class CancelNote1764300000000 implements MigrationInterface {
  name = 'CancelNote1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "examination"."application" ADD "cancel_note" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "examination"."application" DROP COLUMN "cancel_note"`);
  }
}
