import { auditTableStatements } from '@baeum/service-kit';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The institute's settings: its names, code and own holidays, its logo and seal images; and the audit log. */
export class InstituteSettings1765600000000 implements MigrationInterface {
  name = 'InstituteSettings1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "curriculum"."tenant_settings" ADD "name_ko" text NOT NULL DEFAULT '', ADD "name_en" text NOT NULL DEFAULT '', ` +
        `ADD "code" text NOT NULL DEFAULT '', ADD "holidays" jsonb NOT NULL DEFAULT '[]'`,
    );
    await q.query(
      `CREATE TABLE "curriculum"."institute_image" ("tenant_id" uuid NOT NULL, "kind" text NOT NULL, "content_type" text NOT NULL, ` +
        `"content" bytea NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "bytes" integer NOT NULL, "sha256" text NOT NULL, ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("tenant_id", "kind"))`,
    );
    for (const statement of auditTableStatements('curriculum').up) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of auditTableStatements('curriculum').down) await q.query(statement);
    await q.query(`DROP TABLE "curriculum"."institute_image"`);
    await q.query(
      `ALTER TABLE "curriculum"."tenant_settings" DROP COLUMN "holidays", DROP COLUMN "code", DROP COLUMN "name_en", DROP COLUMN "name_ko"`,
    );
  }
}
