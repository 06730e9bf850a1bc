import { MigrationInterface, QueryRunner } from 'typeorm';

/** Why a cohort that had already ended was scheduled (recorded after the fact), when it was. */
export class CohortLateEntry1765100000000 implements MigrationInterface {
  name = 'CohortLateEntry1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "curriculum"."cohort" ADD "late_entry_reason" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "curriculum"."cohort" DROP COLUMN "late_entry_reason"`);
  }
}
