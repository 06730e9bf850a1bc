import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates print the course's hours (교육시간), which curriculum's cohort snapshot carries; staff
 * may revoke a certificate with a reason, which its public check shows. Cohorts replicated before
 * this have no hours until curriculum next changes them.
 */
export class CertificateRevocation1765700000000 implements MigrationInterface {
  name = 'CertificateRevocation1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "enrollment"."cohort_seats" ADD "hours" integer`);
    await q.query(
      `ALTER TABLE "enrollment"."application" ADD "certificate_revoked_at" timestamptz, ` +
        `ADD "certificate_revoked_by" uuid, ADD "certificate_revoke_reason" text`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "enrollment"."application" DROP COLUMN "certificate_revoke_reason", ` +
        `DROP COLUMN "certificate_revoked_by", DROP COLUMN "certificate_revoked_at"`,
    );
    await q.query(`ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "hours"`);
  }
}
