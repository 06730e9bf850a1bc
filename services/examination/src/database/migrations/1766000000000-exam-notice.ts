import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The announcement's own parts (issue 14, item 1): the subjects of the exam as the officer lists them,
 * and its notice document (공고문, a PDF the officer uploads), one per exam, read by anyone.
 */
export class ExamNotice1766000000000 implements MigrationInterface {
  name = 'ExamNotice1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "examination"."exam" ADD "subjects" text array NOT NULL DEFAULT '{}'`);
    await q.query(`CREATE TABLE "examination"."exam_notice" (
      "exam_id" uuid NOT NULL,
      "tenant_id" uuid NOT NULL,
      "file_name" text NOT NULL,
      "content" bytea NOT NULL,
      "size" integer NOT NULL,
      "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_exam_notice" PRIMARY KEY ("exam_id")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "examination"."exam_notice"`);
    await q.query(`ALTER TABLE "examination"."exam" DROP COLUMN "subjects"`);
  }
}
