import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cohort replica keeps the room curriculum names (교육장소), so that a moved room tells the
 * cohort's trainees. Null for every cohort until curriculum next changes it; a room first learnt
 * then is not taken for a move.
 */
export class CohortRoomName1765985000000 implements MigrationInterface {
  name = 'CohortRoomName1765985000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "enrollment"."cohort_seats" ADD COLUMN "room_name" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "room_name"`);
  }
}
