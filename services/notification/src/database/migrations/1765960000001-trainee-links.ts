import { MigrationInterface, QueryRunner } from 'typeorm';

/** Which account each trainee record is linked to, kept from enrollment's `enrollment.trainee.linked`. */
export class TraineeLinks1765960000001 implements MigrationInterface {
  name = 'TraineeLinks1765960000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notification"."trainee_link" (
      "tenant_id" uuid NOT NULL,
      "trainee_id" uuid NOT NULL,
      "user_id" uuid,
      "agency_code" text NOT NULL,
      "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_trainee_link" PRIMARY KEY ("tenant_id", "trainee_id")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification"."trainee_link"`);
  }
}
