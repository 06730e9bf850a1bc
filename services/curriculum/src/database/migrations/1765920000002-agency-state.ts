import { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether each agency is active, kept from enrollment's `enrollment.agency.changed`, for cohorts' quotas. */
export class AgencyState1765920000002 implements MigrationInterface {
  name = 'AgencyState1765920000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "curriculum"."agency_state" ("tenant_id" uuid NOT NULL, "code" text NOT NULL, "name_ko" text NOT NULL, ` +
        `"active" boolean NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("tenant_id", "code"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "curriculum"."agency_state"`);
  }
}
