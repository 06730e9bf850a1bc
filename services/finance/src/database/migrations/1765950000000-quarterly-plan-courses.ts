import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A quarterly plan row may name the courses of its programme (2-6's 행복한 미래설계 and
 * 인생이모작준비 share one line but each has its own budget per quarter), so that the execution
 * report can set what the programme's cohorts booked against its own plan. Rows without courses
 * (most lines have one programme) stay as they were.
 */
export class QuarterlyPlanCourses1765950000000 implements MigrationInterface {
  name = 'QuarterlyPlanCourses1765950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "finance"."quarterly_plan" ADD "course_codes" text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "finance"."quarterly_plan" DROP COLUMN "course_codes"`);
  }
}
