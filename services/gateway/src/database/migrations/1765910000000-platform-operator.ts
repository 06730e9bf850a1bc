import { PLATFORM_TENANT } from '@baeum/api';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Institutes the platform operator creates and deactivates, and the platform's own tenant that holds the
 * operators' accounts (ADR 0014): every deployment has it, so an operator account can be made anywhere.
 */
export class PlatformOperator1765910000000 implements MigrationInterface {
  name = 'PlatformOperator1765910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "gateway"."tenant" ADD "kind" text NOT NULL DEFAULT 'institute'`);
    await q.query(`ALTER TABLE "gateway"."tenant" ADD CONSTRAINT "CHK_tenant_kind" CHECK ("kind" IN ('institute', 'platform'))`);
    await q.query(`ALTER TABLE "gateway"."tenant" ADD "deactivated_at" timestamptz`);
    await q.query(
      `INSERT INTO "gateway"."tenant" ("id", "slug", "name_ko", "name_en", "kind") VALUES ($1, $2, '배움 플랫폼 운영', 'Baeum platform operations', 'platform')
       ON CONFLICT DO NOTHING`,
      [PLATFORM_TENANT.id, PLATFORM_TENANT.slug],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "gateway"."app_user" WHERE "tenant_id" = $1`, [PLATFORM_TENANT.id]);
    await q.query(`DELETE FROM "gateway"."tenant" WHERE "id" = $1`, [PLATFORM_TENANT.id]);
    await q.query(`ALTER TABLE "gateway"."tenant" DROP COLUMN "deactivated_at"`);
    await q.query(`ALTER TABLE "gateway"."tenant" DROP CONSTRAINT "CHK_tenant_kind"`);
    await q.query(`ALTER TABLE "gateway"."tenant" DROP COLUMN "kind"`);
  }
}
