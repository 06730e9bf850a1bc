import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The budget book (fiscal years, the expenditure tree, amendments, quarterly plans), the ledger
 * (immutable entries behind every commitment, payment and revenue), budget control and its
 * notifications, and the replicas of cohorts and seats that per-trainee costs need.
 */
export class BudgetBookAndLedger1764000000000 implements MigrationInterface {
  name = 'BudgetBookAndLedger1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "finance"."fiscal_year" (
      "tenant_id" uuid NOT NULL,
      "fiscal_year" integer NOT NULL,
      "carried_from" integer,
      "meal_line_code" text,
      "meal_cost_per_day" bigint,
      "fee_revenue_line_code" text,
      "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "opened_by_name" text NOT NULL,
      PRIMARY KEY ("tenant_id", "fiscal_year")
    )`);
    await q.query(`CREATE TABLE "finance"."budget_group" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "fiscal_year" integer NOT NULL,
      "code" text NOT NULL,
      "parent_id" uuid,
      "level" text NOT NULL,
      "name_ko" text NOT NULL,
      "name_en" text NOT NULL,
      "position" integer NOT NULL,
      CONSTRAINT "FK_budget_group_parent" FOREIGN KEY ("parent_id") REFERENCES "finance"."budget_group"("id") ON DELETE RESTRICT
    )`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_budget_group_tenant_year_code" ON "finance"."budget_group" ("tenant_id", "fiscal_year", "code")`,
    );

    await q.query(`ALTER TABLE "finance"."budget_line"
      ADD "kind" text NOT NULL DEFAULT 'expenditure',
      ADD "group_id" uuid,
      ADD "position" integer NOT NULL DEFAULT 0,
      ADD "control" text NOT NULL DEFAULT 'warn',
      ADD "officer_user_id" uuid,
      ADD "note_ko" text,
      ADD "note_en" text,
      ADD "committed" bigint NOT NULL DEFAULT 0,
      ADD "paid" bigint NOT NULL DEFAULT 0,
      ADD "collected" bigint NOT NULL DEFAULT 0,
      ADD CONSTRAINT "FK_budget_line_group" FOREIGN KEY ("group_id") REFERENCES "finance"."budget_group"("id") ON DELETE RESTRICT`);

    await q.query(`CREATE TABLE "finance"."budget_amendment" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "budget_line_id" uuid NOT NULL,
      "kind" text NOT NULL,
      "amount" bigint NOT NULL,
      "amount_after" bigint NOT NULL,
      "effective_on" date NOT NULL,
      "reason" text NOT NULL,
      "recorded_by" uuid,
      "recorded_by_name" text NOT NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "FK_budget_amendment_line" FOREIGN KEY ("budget_line_id") REFERENCES "finance"."budget_line"("id") ON DELETE RESTRICT
    )`);
    await q.query(`CREATE INDEX "IDX_budget_amendment_line" ON "finance"."budget_amendment" ("budget_line_id", "effective_on")`);

    await q.query(`CREATE TABLE "finance"."quarterly_plan" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "budget_line_id" uuid NOT NULL,
      "position" integer NOT NULL,
      "label_ko" text NOT NULL,
      "label_en" text NOT NULL,
      "q1" bigint NOT NULL,
      "q2" bigint NOT NULL,
      "q3" bigint NOT NULL,
      "q4" bigint NOT NULL,
      "revised_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "revised_by" uuid,
      "revised_by_name" text NOT NULL,
      "reason" text NOT NULL,
      CONSTRAINT "FK_quarterly_plan_line" FOREIGN KEY ("budget_line_id") REFERENCES "finance"."budget_line"("id") ON DELETE RESTRICT
    )`);
    await q.query(`CREATE INDEX "IDX_quarterly_plan_line" ON "finance"."quarterly_plan" ("budget_line_id")`);

    // The walking skeleton's commitments were all a cohort's estimated cost, booked from its event.
    await q.query(`DROP INDEX "finance"."UQ_commitment_source_event"`);
    await q.query(`ALTER TABLE "finance"."commitment"
      ALTER "source_event_id" DROP NOT NULL,
      ALTER "source_event_type" DROP NOT NULL,
      ADD "cause" text NOT NULL DEFAULT 'cohort',
      ADD "cause_id" uuid,
      ADD "status" text NOT NULL DEFAULT 'booked',
      ADD "recorded_by" uuid,
      ADD "recorded_by_name" text NOT NULL DEFAULT 'curriculum',
      ADD "committed" bigint NOT NULL DEFAULT 0,
      ADD "paid" bigint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE "finance"."commitment" ALTER "cause" DROP DEFAULT, ALTER "recorded_by_name" DROP DEFAULT`);
    await q.query(`UPDATE "finance"."commitment" SET "cause_id" = "cohort_id", "committed" = "amount"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_commitment_source_event_cause" ON "finance"."commitment" ("source_event_id", "cause")`);
    await q.query(`CREATE INDEX "IDX_commitment_cause" ON "finance"."commitment" ("tenant_id", "cause", "cause_id")`);

    await q.query(`CREATE TABLE "finance"."entry" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "budget_line_id" uuid NOT NULL,
      "commitment_id" uuid,
      "kind" text NOT NULL,
      "measure" text NOT NULL,
      "amount" bigint NOT NULL,
      "booked_on" date NOT NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "recorded_by" uuid,
      "recorded_by_name" text NOT NULL,
      "reason" text NOT NULL,
      "source_event_id" uuid,
      "source_event_type" text,
      "reverses_entry_id" uuid,
      "cause_id" uuid,
      "exceeds_budget" boolean NOT NULL DEFAULT false,
      CONSTRAINT "FK_entry_budget_line" FOREIGN KEY ("budget_line_id") REFERENCES "finance"."budget_line"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_entry_commitment" FOREIGN KEY ("commitment_id") REFERENCES "finance"."commitment"("id") ON DELETE RESTRICT,
      CONSTRAINT "FK_entry_reverses" FOREIGN KEY ("reverses_entry_id") REFERENCES "finance"."entry"("id") ON DELETE RESTRICT
    )`);
    await q.query(`CREATE INDEX "IDX_entry_line_booked" ON "finance"."entry" ("budget_line_id", "booked_on")`);
    await q.query(`CREATE INDEX "IDX_entry_commitment" ON "finance"."entry" ("commitment_id")`);
    await q.query(`CREATE INDEX "IDX_entry_source_event" ON "finance"."entry" ("source_event_id")`);
    await q.query(`CREATE INDEX "IDX_entry_tenant_cause" ON "finance"."entry" ("tenant_id", "cause_id")`);
    await q.query(`CREATE UNIQUE INDEX "UQ_entry_reverses" ON "finance"."entry" ("reverses_entry_id")`);
    // Entries are the record: a correction is a new, reversing entry, never an edit.
    await q.query(`CREATE FUNCTION "finance"."entry_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'finance.entry is append-only: correct an entry with a reversing entry'; END $$`);
    await q.query(
      `CREATE TRIGGER "entry_is_immutable" BEFORE UPDATE OR DELETE ON "finance"."entry" FOR EACH ` +
        `ROW EXECUTE FUNCTION "finance"."entry_is_immutable"()`,
    );
    // The skeleton's commitments get the entries they would have had, and their lines the totals.
    await q.query(`INSERT INTO "finance"."entry" ("id", "tenant_id", "budget_line_id", "commitment_id",
        "kind", "measure", "amount", "booked_on", "recorded_at", "recorded_by_name", "reason", "source_event_id", "source_event_type")
      SELECT "id", "tenant_id", "budget_line_id", "id", 'commit', 'committed', "amount", ("recorded_at" AT TIME ZONE 'Asia/Seoul')::date,
        "recorded_at", "recorded_by_name", "description", "source_event_id", "source_event_type" FROM "finance"."commitment"`);
    await q.query(
      `UPDATE "finance"."budget_line" l SET "committed" = c.total FROM (SELECT "budget_line_id", ` +
        `sum("amount") AS total FROM "finance"."commitment" GROUP BY 1) c WHERE c."budget_line_id" ` +
        `= l."id"`,
    );

    await q.query(`CREATE TABLE "finance"."source_event" (
      "event_id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "type" text NOT NULL,
      "version" integer NOT NULL,
      "source" text NOT NULL,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "correlation_id" text NOT NULL,
      "payload" jsonb NOT NULL
    )`);
    await q.query(`CREATE TABLE "finance"."notification" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "budget_line_id" uuid NOT NULL,
      "officer_user_id" uuid,
      "kind" text NOT NULL,
      "threshold_percent" integer,
      "commitment_id" uuid,
      "amount" bigint NOT NULL,
      "current_budget" bigint NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "FK_notification_line" FOREIGN KEY ("budget_line_id") REFERENCES "finance"."budget_line"("id") ON DELETE RESTRICT
    )`);
    await q.query(`CREATE INDEX "IDX_notification_tenant_created" ON "finance"."notification" ("tenant_id", "created_at")`);

    await q.query(`CREATE TABLE "finance"."cohort_replica" (
      "cohort_id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "course_code" text NOT NULL,
      "course_name_ko" text NOT NULL,
      "start_date" date NOT NULL,
      "end_date" date NOT NULL,
      "budget_line_code" text NOT NULL,
      "estimated_cost" bigint NOT NULL,
      "status" text NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL
    )`);
    await q.query(`CREATE TABLE "finance"."seat" (
      "application_id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "cohort_id" uuid NOT NULL,
      "status" text NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL
    )`);
    await q.query(`CREATE INDEX "IDX_seat_cohort" ON "finance"."seat" ("cohort_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['seat', 'cohort_replica', 'notification', 'source_event']) await q.query(`DROP TABLE "finance"."${table}"`);
    await q.query(`DROP TABLE "finance"."entry"`);
    await q.query(`DROP FUNCTION "finance"."entry_is_immutable"()`);
    await q.query(`DROP INDEX "finance"."IDX_commitment_cause"`);
    await q.query(`DROP INDEX "finance"."UQ_commitment_source_event_cause"`);
    await q.query(`DELETE FROM "finance"."commitment" WHERE "source_event_id" IS NULL OR "cause" <> 'cohort'`);
    await q.query(`ALTER TABLE "finance"."commitment" DROP "cause", DROP "cause_id", DROP "status", DROP "recorded_by",
      DROP "recorded_by_name", DROP "committed", DROP "paid",
      ALTER "source_event_id" SET NOT NULL, ALTER "source_event_type" SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "UQ_commitment_source_event" ON "finance"."commitment" ("source_event_id")`);
    await q.query(`DROP TABLE "finance"."quarterly_plan"`);
    await q.query(`DROP TABLE "finance"."budget_amendment"`);
    await q.query(
      `ALTER TABLE "finance"."budget_line" DROP CONSTRAINT "FK_budget_line_group", DROP "kind", ` +
        `DROP "group_id", DROP "position", DROP "control", DROP "officer_user_id", DROP "note_ko", ` +
        `DROP "note_en", DROP "committed", DROP "paid", DROP "collected"`,
    );
    await q.query(`DROP TABLE "finance"."budget_group"`);
    await q.query(`DROP TABLE "finance"."fiscal_year"`);
  }
}
