import { auditTableStatements } from '@baeum/service-kit';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Several roles per person and the gateway's audit log. `roles` is the set a person holds; `role`
 * stays the one a session acts in at sign-in (the primary role), always one of `roles`. Accounts
 * made with only a `role` (sign-up, trainee accounts, test people) get it as their one role.
 */
export class AdminUsers1765500000000 implements MigrationInterface {
  name = 'AdminUsers1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gateway"."app_user" ADD "roles" text array NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE "gateway"."app_user" SET "roles" = ARRAY["role"]`);
    await q.query(`CREATE FUNCTION "gateway"."app_user_roles"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(NEW.roles) = 0 THEN NEW.roles := ARRAY[NEW.role]; END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "TR_app_user_roles" BEFORE INSERT OR UPDATE ON "gateway"."app_user"
      FOR EACH ROW EXECUTE FUNCTION "gateway"."app_user_roles"()`);
    await q.query(`ALTER TABLE "gateway"."app_user" ADD CONSTRAINT "CHK_app_user_role_held" CHECK ("role" = ANY ("roles"))`);
    for (const statement of auditTableStatements('gateway').up) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const statement of auditTableStatements('gateway').down) await q.query(statement);
    await q.query(`ALTER TABLE "gateway"."app_user" DROP CONSTRAINT "CHK_app_user_role_held"`);
    await q.query(`DROP TRIGGER "TR_app_user_roles" ON "gateway"."app_user"`);
    await q.query(`DROP FUNCTION "gateway"."app_user_roles"()`);
    await q.query(`ALTER TABLE "gateway"."app_user" DROP COLUMN "roles"`);
  }
}
