import { MigrationInterface, QueryRunner } from 'typeorm';

/** Applicants sign up themselves: their consent to the use of their personal data. */
export class ApplicantProfile1764100000000 implements MigrationInterface {
  name = 'ApplicantProfile1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "gateway"."applicant_profile" (
      "user_id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "privacy_consented_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "gateway"."applicant_profile"`);
  }
}
