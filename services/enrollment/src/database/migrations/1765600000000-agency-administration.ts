import { auditTableStatements } from '@baeum/service-kit';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies are administered: deactivated and reactivated, with a default quota; and the audit log of such changes. */
export class AgencyAdministration1765600000000 implements MigrationInterface {
  name = 'AgencyAdministration1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "enrollment"."agency" ADD "active" boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE "enrollment"."agency" ADD "default_quota" integer NOT NULL DEFAULT 0`);
    for (const statement of auditTableStatements('enrollment').up) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of auditTableStatements('enrollment').down) await q.query(statement);
    await q.query(`ALTER TABLE "enrollment"."agency" DROP COLUMN "default_quota"`);
    await q.query(`ALTER TABLE "enrollment"."agency" DROP COLUMN "active"`);
  }
}
