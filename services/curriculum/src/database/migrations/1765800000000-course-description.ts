import { MigrationInterface, QueryRunner } from 'typeorm';

/** A course's description (소개) in Korean and English, shown on its page and searched by word. */
export class CourseDescription1765800000000 implements MigrationInterface {
  name = 'CourseDescription1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "curriculum"."course" ADD "description_ko" text NOT NULL DEFAULT '', ADD "description_en" text NOT NULL DEFAULT ''`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "curriculum"."course" DROP COLUMN "description_en", DROP COLUMN "description_ko"`);
  }
}
