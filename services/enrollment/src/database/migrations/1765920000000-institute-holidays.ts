import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The institute's own holidays, kept from curriculum's settings, which training days leave out. Empty
 * for every tenant until its settings are next changed.
 */
export class InstituteHolidays1765920000000 implements MigrationInterface {
  name = 'InstituteHolidays1765920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "enrollment"."institute_calendar" ("tenant_id" uuid NOT NULL, "holidays" jsonb NOT NULL DEFAULT '[]', ` +
        `"changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("tenant_id"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "enrollment"."institute_calendar"`);
  }
}
