import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalog by fiscal year with categories, yearly plans with versions, rooms, instructors,
 * the full cohort (hours, room, instructors, quotas, windows, fill) and demand surveys. Rows of
 * the walking skeleton get the values a new cohort or course would get.
 */
export class CatalogPlansResources1764000000000 implements MigrationInterface {
  name = 'CatalogPlansResources1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "curriculum"."category" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "code" text NOT NULL,
      "kind" text NOT NULL,
      "parent_code" text,
      "name_ko" text NOT NULL,
      "name_en" text NOT NULL,
      "sort_order" integer NOT NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX "IDX_category_tenant_code" ON "curriculum"."category" ("tenant_id", "code")`);

    await q.query(`DROP INDEX "curriculum"."IDX_course_tenant_code"`);
    await q.query(`ALTER TABLE "curriculum"."course"
      ADD "fiscal_year" integer,
      ADD "education_type" text NOT NULL DEFAULT 'general',
      ADD "field_code" text NOT NULL DEFAULT 'job_competency',
      ADD "subfield_code" text,
      ADD "delivery_mode" text NOT NULL DEFAULT 'face_to_face',
      ADD "hours" integer NOT NULL DEFAULT 0,
      ADD "target_grades" integer array NOT NULL DEFAULT '{}',
      ADD "target_positions" text array NOT NULL DEFAULT '{}',
      ADD "open_to_other_provinces" boolean NOT NULL DEFAULT false,
      ADD "year_status" text NOT NULL DEFAULT 'continued',
      ADD "replaces_course_id" uuid,
      ADD "budget_line_code" text,
      ADD "completion_min_attendance_percent" integer NOT NULL DEFAULT 80,
      ADD "completion_requires_assessment" boolean NOT NULL DEFAULT false,
      ADD "generated" boolean NOT NULL DEFAULT false,
      ADD "source_note" text,
      ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await q.query(`UPDATE "curriculum"."course" SET "fiscal_year" = EXTRACT(YEAR FROM "created_at" AT TIME ZONE 'Asia/Seoul')`);
    await q.query(`ALTER TABLE "curriculum"."course"
      ALTER "fiscal_year" SET NOT NULL,
      ALTER "education_type" DROP DEFAULT, ALTER "field_code" DROP DEFAULT, ALTER "delivery_mode" DROP DEFAULT,
      ALTER "hours" DROP DEFAULT, ALTER "target_grades" DROP DEFAULT, ALTER "target_positions" DROP DEFAULT,
      ALTER "open_to_other_provinces" DROP DEFAULT, ALTER "year_status" DROP DEFAULT,
      ALTER "completion_min_attendance_percent" DROP DEFAULT, ALTER "completion_requires_assessment" DROP DEFAULT,
      ALTER "generated" DROP DEFAULT`);
    await q.query(`CREATE UNIQUE INDEX "IDX_course_tenant_year_code" ON "curriculum"."course" ("tenant_id", "fiscal_year", "code")`);

    await q.query(`CREATE TABLE "curriculum"."plan_version" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "fiscal_year" integer NOT NULL,
      "kind" text NOT NULL,
      "version_no" integer NOT NULL,
      "status" text NOT NULL,
      "label_ko" text NOT NULL,
      "label_en" text NOT NULL,
      "memo_lines" jsonb NOT NULL,
      "source_figures" jsonb,
      "based_on_id" uuid,
      "approved_at" TIMESTAMP WITH TIME ZONE,
      "approved_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
    )`);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_plan_version_tenant_year_no" ON "curriculum"."plan_version" ("tenant_id", "fiscal_year", "version_no")`,
    );
    await q.query(`CREATE TABLE "curriculum"."plan_line" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "plan_version_id" uuid NOT NULL,
      "course_id" uuid NOT NULL,
      "sessions" integer array NOT NULL,
      "trainees" integer array NOT NULL,
      CONSTRAINT "FK_plan_line_version" FOREIGN KEY ("plan_version_id") REFERENCES "curriculum"."plan_version"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_plan_line_course" FOREIGN KEY ("course_id") REFERENCES "curriculum"."course"("id") ON DELETE RESTRICT
    )`);
    await q.query(`CREATE UNIQUE INDEX "IDX_plan_line_version_course" ON "curriculum"."plan_line" ("plan_version_id", "course_id")`);

    await q.query(`CREATE TABLE "curriculum"."room" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "code" text NOT NULL,
      "name_ko" text NOT NULL,
      "name_en" text NOT NULL,
      "kind" text NOT NULL,
      "capacity" integer NOT NULL,
      "equipment" text array NOT NULL,
      "building" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX "IDX_room_tenant_code" ON "curriculum"."room" ("tenant_id", "code")`);
    await q.query(`CREATE TABLE "curriculum"."instructor" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "name" text NOT NULL,
      "kind" text NOT NULL,
      "affiliation" text,
      "specialties" text array NOT NULL,
      "recommended_by" text,
      "email" text,
      "phone" text,
      "rating_sum" integer NOT NULL,
      "rating_count" integer NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "IDX_instructor_tenant_name" ON "curriculum"."instructor" ("tenant_id", "name")`);
    await q.query(`CREATE TABLE "curriculum"."tenant_settings" (
      "tenant_id" uuid NOT NULL PRIMARY KEY,
      "distancing_enabled" boolean NOT NULL,
      "default_daily_start" text NOT NULL,
      "default_daily_end" text NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
    )`);

    await q.query(`ALTER TABLE "curriculum"."cohort"
      ADD "cohort_no" integer,
      ADD "daily_start_time" text NOT NULL DEFAULT '09:00',
      ADD "daily_end_time" text NOT NULL DEFAULT '18:00',
      ADD "delivery_mode" text NOT NULL DEFAULT 'face_to_face',
      ADD "room_id" uuid,
      ADD "application_opens" date,
      ADD "application_closes" date,
      ADD "cancellation_closes" date,
      ADD "minimum_fill" integer NOT NULL DEFAULT 0,
      ADD "minimum_fill_cutoff" date,
      ADD "approval" text NOT NULL DEFAULT 'none',
      ADD "agency_quotas" jsonb NOT NULL DEFAULT '[]',
      ADD "status_reason" text,
      ADD "confirmed" integer NOT NULL DEFAULT 0,
      ADD "waitlisted" integer NOT NULL DEFAULT 0,
      ADD "under_filled" boolean NOT NULL DEFAULT false,
      ADD "fill_updated_at" TIMESTAMP WITH TIME ZONE,
      ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      ADD CONSTRAINT "FK_cohort_room" FOREIGN KEY ("room_id") REFERENCES "curriculum"."room"("id") ON DELETE RESTRICT`);
    await q.query(`UPDATE "curriculum"."cohort" c SET
      "cohort_no" = n.no,
      "application_closes" = c."start_date" - 7,
      "application_opens" = c."start_date" - 28,
      "cancellation_closes" = c."start_date" - 3,
      "minimum_fill_cutoff" = c."start_date" - 7
      FROM (SELECT id, row_number() OVER (PARTITION BY course_id ORDER BY created_at, id) AS no FROM "curriculum"."cohort") n
      WHERE n.id = c.id`);
    await q.query(`ALTER TABLE "curriculum"."cohort"
      ALTER "cohort_no" SET NOT NULL, ALTER "application_opens" SET NOT NULL, ALTER "application_closes" SET NOT NULL,
      ALTER "cancellation_closes" SET NOT NULL, ALTER "minimum_fill_cutoff" SET NOT NULL,
      ALTER "daily_start_time" DROP DEFAULT, ALTER "daily_end_time" DROP DEFAULT, ALTER "delivery_mode" DROP DEFAULT,
      ALTER "minimum_fill" DROP DEFAULT, ALTER "approval" DROP DEFAULT, ALTER "agency_quotas" DROP DEFAULT,
      ALTER "confirmed" DROP DEFAULT, ALTER "waitlisted" DROP DEFAULT, ALTER "under_filled" DROP DEFAULT`);
    await q.query(`CREATE INDEX "IDX_cohort_room_dates" ON "curriculum"."cohort" ("room_id", "start_date")`);
    await q.query(`CREATE TABLE "curriculum"."cohort_instructor" (
      "cohort_id" uuid NOT NULL,
      "instructor_id" uuid NOT NULL,
      "tenant_id" uuid NOT NULL,
      CONSTRAINT "PK_cohort_instructor" PRIMARY KEY ("cohort_id", "instructor_id"),
      CONSTRAINT "FK_cohort_instructor_cohort" FOREIGN KEY ("cohort_id") REFERENCES "curriculum"."cohort"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_cohort_instructor_instructor" FOREIGN KEY ("instructor_id")
        REFERENCES "curriculum"."instructor"("id") ON DELETE RESTRICT
    )`);
    await q.query(`CREATE INDEX "IDX_cohort_instructor_instructor" ON "curriculum"."cohort_instructor" ("instructor_id")`);

    await q.query(`CREATE TABLE "curriculum"."demand_survey" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "title_ko" text NOT NULL,
      "title_en" text NOT NULL,
      "course_id" uuid,
      "opens_on" date NOT NULL,
      "closes_on" date NOT NULL,
      "generated" boolean NOT NULL,
      "source_note" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX "IDX_demand_survey_tenant" ON "curriculum"."demand_survey" ("tenant_id", "opens_on")`);
    await q.query(`CREATE TABLE "curriculum"."demand_survey_response" (
      "id" uuid NOT NULL PRIMARY KEY,
      "tenant_id" uuid NOT NULL,
      "survey_id" uuid NOT NULL,
      "respondent_id" uuid,
      "agency_code" text,
      "hard_due_to_childcare" boolean NOT NULL,
      "wants_childcare_friendly" boolean NOT NULL,
      "earliest_start" text NOT NULL,
      "latest_end" text NOT NULL,
      "preferred_days" text array NOT NULL,
      "constraints" text array NOT NULL,
      "comment" text,
      "generated" boolean NOT NULL,
      "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "FK_demand_survey_response_survey" FOREIGN KEY ("survey_id")
        REFERENCES "curriculum"."demand_survey"("id") ON DELETE CASCADE
    )`);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_demand_survey_response_respondent" ON "curriculum"."demand_survey_response" ("survey_id", "respondent_id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "curriculum"."demand_survey_response"`);
    await q.query(`DROP TABLE "curriculum"."demand_survey"`);
    await q.query(`DROP TABLE "curriculum"."cohort_instructor"`);
    await q.query(`DROP INDEX "curriculum"."IDX_cohort_room_dates"`);
    await q.query(`ALTER TABLE "curriculum"."cohort" DROP CONSTRAINT "FK_cohort_room",
      DROP "cohort_no", DROP "daily_start_time", DROP "daily_end_time", DROP "delivery_mode", DROP "room_id",
      DROP "application_opens", DROP "application_closes", DROP "cancellation_closes", DROP "minimum_fill",
      DROP "minimum_fill_cutoff", DROP "approval", DROP "agency_quotas", DROP "status_reason", DROP "confirmed",
      DROP "waitlisted", DROP "under_filled", DROP "fill_updated_at", DROP "updated_at"`);
    await q.query(`DROP TABLE "curriculum"."tenant_settings"`);
    await q.query(`DROP TABLE "curriculum"."instructor"`);
    await q.query(`DROP TABLE "curriculum"."room"`);
    await q.query(`DROP TABLE "curriculum"."plan_line"`);
    await q.query(`DROP TABLE "curriculum"."plan_version"`);
    await q.query(`DROP INDEX "curriculum"."IDX_course_tenant_year_code"`);
    await q.query(`ALTER TABLE "curriculum"."course" DROP "fiscal_year", DROP "education_type", DROP "field_code", DROP "subfield_code",
      DROP "delivery_mode", DROP "hours", DROP "target_grades", DROP "target_positions", DROP "open_to_other_provinces",
      DROP "year_status", DROP "replaces_course_id", DROP "budget_line_code", DROP "completion_min_attendance_percent",
      DROP "completion_requires_assessment", DROP "generated", DROP "source_note", DROP "updated_at"`);
    await q.query(`CREATE UNIQUE INDEX "IDX_course_tenant_code" ON "curriculum"."course" ("tenant_id", "code")`);
    await q.query(`DROP TABLE "curriculum"."category"`);
  }
}
