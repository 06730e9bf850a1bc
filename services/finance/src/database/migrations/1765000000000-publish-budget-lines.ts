import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lines created before finance announced them (`finance.budget_line.published`) reach curriculum's
 * replica once: an outbox row for every line already in the book, as `publishBudgetLines` would
 * write it. From here on each use case that creates a line announces it in its own transaction. A
 * database migrated empty (a new install, a test) has no lines yet, so this writes nothing there.
 */
export class PublishBudgetLines1765000000000 implements MigrationInterface {
  name = 'PublishBudgetLines1765000000000';

  async up(q: QueryRunner): Promise<void> {
    // Embedded mode reads the outbox as a log in sequence order: writers take this lock (libs/messaging outbox.ts).
    await q.query(`SELECT pg_advisory_xact_lock(hashtext('baeum:outbox:finance'))`);
    await q.query(`
      WITH lines AS (
        SELECT gen_random_uuid() AS event_id, gen_random_uuid() AS correlation_id, l.* FROM "finance"."budget_line" l
        ORDER BY l.tenant_id, l.fiscal_year, l.code
      )
      INSERT INTO "finance"."outbox" (id, topic, key, type, envelope)
      SELECT event_id, 'finance.budget-line', id::text, 'finance.budget_line.published',
        jsonb_build_object(
          'id', event_id,
          'type', 'finance.budget_line.published',
          'version', 1,
          'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'tenantId', tenant_id,
          'source', 'finance',
          'correlationId', correlation_id,
          'causationId', NULL,
          'payload', jsonb_build_object(
            'budgetLineId', id,
            'fiscalYear', fiscal_year,
            'code', code,
            'nameKo', name_ko,
            'nameEn', name_en,
            'chargeable', kind = 'expenditure'
          )
        )
      FROM lines`);
  }

  async down(): Promise<void> {
    // Events once written may have been read already: there is nothing to take back.
  }
}
