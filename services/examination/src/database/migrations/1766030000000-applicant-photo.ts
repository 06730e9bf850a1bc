import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The applicant's photo (issue 14, item 2): per tenant and applicant, never updated (a new upload is a new
 * row), so each admission ticket can show the photo current at its exam's deadline.
 */
export class ApplicantPhoto1766030000000 implements MigrationInterface {
  name = 'ApplicantPhoto1766030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "examination"."applicant_photo" (
      "id" uuid NOT NULL,
      "tenant_id" uuid NOT NULL,
      "applicant_id" uuid NOT NULL,
      "content_type" text NOT NULL,
      "width" integer NOT NULL,
      "height" integer NOT NULL,
      "content" bytea NOT NULL,
      "size" integer NOT NULL,
      "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_applicant_photo" PRIMARY KEY ("id")
    )`);
    await q.query(
      `CREATE INDEX "IDX_applicant_photo_applicant" ON "examination"."applicant_photo" ("tenant_id", "applicant_id", "uploaded_at")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "examination"."applicant_photo"`);
  }
}
