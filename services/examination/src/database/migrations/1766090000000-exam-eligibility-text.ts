import { MigrationInterface, QueryRunner } from 'typeorm';

/** 응시자격 in the announcement's own words, in Korean and English, beside the rules checked on applying. */
export class ExamEligibilityText1766090000000 implements MigrationInterface {
  name = 'ExamEligibilityText1766090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "examination"."exam" ADD COLUMN "eligibility_ko" text, ADD COLUMN "eligibility_en" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "examination"."exam" DROP COLUMN "eligibility_en", DROP COLUMN "eligibility_ko"`);
  }
}
