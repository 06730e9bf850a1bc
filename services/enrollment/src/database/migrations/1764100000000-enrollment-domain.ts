import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enrollment's domain: the cohort replica's full snapshot and seat counters, agency quotas,
 * agencies, trainees, applications, attendance, completion records and imports, surveys, plan
 * figures and notifications. Replica rows from before this get the default cut-offs (the day
 * before training starts).
 */
export class EnrollmentDomain1764100000000 implements MigrationInterface {
  name = 'EnrollmentDomain1764100000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of [
      `CREATE TABLE "enrollment"."agency" ("tenant_id" uuid NOT NULL, "code" text NOT NULL, "name_ko" text NOT NULL, ` +
        `"name_en" text NOT NULL, "kind" text NOT NULL, CONSTRAINT "PK_20e14c74f9a2ccd118183be54ef" PRIMARY KEY ("tenant_id", "code"))`,
      `CREATE TABLE "enrollment"."application" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, ` +
        `"trainee_id" uuid NOT NULL, "trainee_tenant_id" uuid NOT NULL, "agency_code" text NOT NULL, "trainee_name" text NOT NULL, ` +
        `"employee_no" text, "grade" text, "position" text, "job_series" text, "via" text NOT NULL, "rank" integer, ` +
        `"nominated_by" uuid, "approval_required" text NOT NULL, "awaiting" text, "agency_approved_by" uuid, ` +
        `"agency_approved_at" TIMESTAMP WITH TIME ZONE, "institute_approved_by" uuid, "institute_approved_at" TIMESTAMP ` +
        `WITH TIME ZONE, "status" text NOT NULL, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP ` +
        `WITH TIME ZONE, "waitlisted_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP ` +
        `WITH TIME ZONE, "end_reason" text, "end_note" text, "assessment_passed" boolean, "progress_percent" integer, ` +
        `"completion_status" text, "attendance_percent" integer, "completed_on" date, "certificate_no" text, "verification_code" text, ` +
        `CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "UQ_application_certificate_no" ON "enrollment"."application" ("certificate_no")`,
      `CREATE UNIQUE INDEX "UQ_application_verification_code" ON "enrollment"."application" ("verification_code")`,
      `CREATE UNIQUE INDEX "UQ_application_active" ON "enrollment"."application" ("cohort_id", "trainee_id") ` +
        `WHERE "status" IN ('pending', 'approved', 'waitlisted', 'confirmed')`,
      `CREATE INDEX "IDX_application_agency" ON "enrollment"."application" ("trainee_tenant_id", "agency_code")`,
      `CREATE INDEX "IDX_application_cohort_status" ON "enrollment"."application" ("cohort_id", "status")`,
      `CREATE INDEX "IDX_application_trainee" ON "enrollment"."application" ("trainee_id")`,
      `CREATE TABLE "enrollment"."attendance" ("application_id" uuid NOT NULL, "day" date NOT NULL, "cohort_id" uuid NOT NULL, ` +
        `"mark" text NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "PK_fbede32075fc42bbd905865fec5" PRIMARY KEY ("application_id", "day"))`,
      `CREATE INDEX "IDX_attendance_cohort" ON "enrollment"."attendance" ("cohort_id")`,
      `CREATE TABLE "enrollment"."cohort_agency_quota" ("cohort_id" uuid NOT NULL, "agency_code" text NOT NULL, ` +
        `"seats" integer NOT NULL, "confirmed" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_70d63c096cc65a8fa493d48e30c" ` +
        `PRIMARY KEY ("cohort_id", "agency_code"))`,
      `CREATE TABLE "enrollment"."course" ("course_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "fiscal_year" integer NOT NULL, ` +
        `"code" text NOT NULL, "name_ko" text NOT NULL, "name_en" text NOT NULL, "education_type" text NOT NULL, ` +
        `"field_code" text NOT NULL, "delivery_mode" text NOT NULL, "completion_min_attendance_percent" integer NOT NULL, ` +
        `CONSTRAINT "PK_b0e0ab8aa86f713201e050f9d8e" PRIMARY KEY ("course_id"))`,
      `CREATE INDEX "IDX_course_tenant_code" ON "enrollment"."course" ("tenant_id", "code")`,
      `CREATE TABLE "enrollment"."completion_record" ("id" BIGSERIAL NOT NULL, "tenant_id" uuid NOT NULL, "course_code" text NOT NULL, ` +
        `"agency_code" text NOT NULL, "employee_no" text NOT NULL, "trainee_name" text NOT NULL, "completed_on" date NOT NULL, ` +
        `"progress_percent" integer, "import_id" uuid NOT NULL, "application_id" uuid, CONSTRAINT "PK_baaad1f7c0cde0970f4af449968" ` +
        `PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_completion_record_year" ON "enrollment"."completion_record" ("tenant_id", "completed_on")`,
      `CREATE UNIQUE INDEX "UQ_completion_record" ON "enrollment"."completion_record" ` +
        `("tenant_id", "course_code", "agency_code", "employee_no", "completed_on")`,
      `CREATE TABLE "enrollment"."completion_import" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "file_name" text NOT NULL, ` +
        `"total_bytes" bigint NOT NULL, "bytes_read" bigint NOT NULL DEFAULT '0', "rows_read" integer NOT NULL DEFAULT '0', ` +
        `"imported" integer NOT NULL DEFAULT '0', "duplicates" integer NOT NULL DEFAULT '0', "rejected" integer NOT NULL DEFAULT '0', ` +
        `"applications_completed" integer NOT NULL DEFAULT '0', "status" text NOT NULL DEFAULT 'created', "failure" text, ` +
        `"started_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP ` +
        `WITH TIME ZONE, CONSTRAINT "PK_2d2084f496c23465d131c10873b" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_completion_import_tenant" ON "enrollment"."completion_import" ("tenant_id", "created_at")`,
      `CREATE TABLE "enrollment"."completion_import_error" ("import_id" uuid NOT NULL, "line" integer NOT NULL, "reason" text NOT NULL, ` +
        `"raw" text NOT NULL, CONSTRAINT "PK_ffc3dbe32ce7eaa4a952165b6fb" PRIMARY KEY ("import_id", "line"))`,
      `CREATE TABLE "enrollment"."notification" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "trainee_id" uuid, ` +
        `"audience_role" text, "kind" text NOT NULL, "cohort_id" uuid, "application_id" uuid, "message_ko" text NOT NULL, ` +
        `"message_en" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_notification_role" ON "enrollment"."notification" ("tenant_id", "audience_role", "created_at")`,
      `CREATE INDEX "IDX_notification_trainee" ON "enrollment"."notification" ("trainee_id", "created_at")`,
      `CREATE TABLE "enrollment"."plan_figure" ("plan_version_id" uuid NOT NULL, "education_type" text NOT NULL, ` +
        `"tenant_id" uuid NOT NULL, "fiscal_year" integer NOT NULL, "kind" text NOT NULL, "version_no" integer NOT NULL, ` +
        `"courses" integer NOT NULL, "trainees" integer NOT NULL, CONSTRAINT "PK_fbc0bdf4337ef39e6bc36210580" ` +
        `PRIMARY KEY ("plan_version_id", "education_type"))`,
      `CREATE INDEX "IDX_plan_figure_year" ON "enrollment"."plan_figure" ("tenant_id", "fiscal_year")`,
      `CREATE TABLE "enrollment"."survey_response" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, ` +
        `"course_id" uuid, "course_code" text, "education_type" text NOT NULL, "field_code" text, "fiscal_year" integer NOT NULL, ` +
        `"item_scores" jsonb NOT NULL, "instructor_scores" jsonb NOT NULL, "score_sum" integer NOT NULL, ` +
        `"score_count" integer NOT NULL, "comment" text, "submitted_on" date NOT NULL, CONSTRAINT "PK_d9326eb52bf8b23d56a39ce419a" ` +
        `PRIMARY KEY ("id"))`,
      `CREATE INDEX "IDX_survey_response_cohort" ON "enrollment"."survey_response" ("cohort_id")`,
      `CREATE INDEX "IDX_survey_response_year" ON "enrollment"."survey_response" ("tenant_id", "fiscal_year")`,
      `CREATE TABLE "enrollment"."survey_receipt" ("cohort_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, ` +
        `CONSTRAINT "PK_9561ff6be7d8d171ac26dfd8f16" PRIMARY KEY ("cohort_id", "trainee_id"))`,
      `CREATE TABLE "enrollment"."trainee" ("id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "user_id" uuid, "agency_code" text NOT NULL, ` +
        `"employee_no" text, "name" text NOT NULL, "grade" text, "position" text, "job_series" text, "created_at" TIMESTAMP ` +
        `WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "PK_7bb8bcb39effdfc30d4f67e9eb8" PRIMARY KEY ("id"))`,
      `CREATE UNIQUE INDEX "UQ_trainee_employee_no" ON "enrollment"."trainee" ("tenant_id", "agency_code", "employee_no") ` +
        `WHERE "employee_no" IS NOT NULL`,
      `CREATE UNIQUE INDEX "UQ_trainee_user" ON "enrollment"."trainee" ("user_id") WHERE "user_id" IS NOT NULL`,
      `CREATE INDEX "IDX_trainee_agency" ON "enrollment"."trainee" ("tenant_id", "agency_code")`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "course_id" uuid`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "course_code" text`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "course_name_ko" text`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "course_name_en" text`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "cohort_no" integer`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "education_type" text NOT NULL DEFAULT 'general'`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "field_code" text`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "subfield_code" text`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "delivery_mode" text NOT NULL DEFAULT 'face_to_face'`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "daily_start_time" text`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "daily_end_time" text`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "application_opens" date`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "application_closes" date`,
      `UPDATE "enrollment"."cohort_seats" SET "application_closes" = "start_date" - 1`,
      `ALTER TABLE "enrollment"."cohort_seats" ALTER COLUMN "application_closes" SET NOT NULL`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "cancellation_closes" date`,
      `UPDATE "enrollment"."cohort_seats" SET "cancellation_closes" = "start_date" - 1`,
      `ALTER TABLE "enrollment"."cohort_seats" ALTER COLUMN "cancellation_closes" SET NOT NULL`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "minimum_fill" integer NOT NULL DEFAULT '0'`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "minimum_fill_cutoff" date`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "approval" text NOT NULL DEFAULT 'none'`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "open_to_other_provinces" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "completion_min_attendance_percent" integer NOT NULL DEFAULT '80'`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "completion_requires_assessment" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "instructors" jsonb NOT NULL DEFAULT '[]'`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "status" text NOT NULL DEFAULT 'scheduled'`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "waitlisted" integer NOT NULL DEFAULT '0'`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "reserved_seats" integer NOT NULL DEFAULT '0'`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "unreserved_confirmed" integer NOT NULL DEFAULT '0'`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "selection_done" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "under_filled" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "under_fill_checked_on" date`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "under_fill_decision" text`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "fill_version" integer NOT NULL DEFAULT '0'`,
      `ALTER TABLE "enrollment"."cohort_seats" ADD "fill_published_version" integer NOT NULL DEFAULT '0'`,
      // Certificate numbers (수료증 번호) run on across tenants and years.
      `CREATE SEQUENCE "enrollment"."certificate_no_seq"`,
    ])
      await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of [
      `DROP SEQUENCE "enrollment"."certificate_no_seq"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "fill_published_version"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "fill_version"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "under_fill_decision"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "under_fill_checked_on"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "under_filled"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "selection_done"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "unreserved_confirmed"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "reserved_seats"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "waitlisted"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "status"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "instructors"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "completion_requires_assessment"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "completion_min_attendance_percent"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "open_to_other_provinces"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "approval"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "minimum_fill_cutoff"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "minimum_fill"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "cancellation_closes"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "application_closes"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "application_opens"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "daily_end_time"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "daily_start_time"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "delivery_mode"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "subfield_code"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "field_code"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "education_type"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "cohort_no"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "course_name_en"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "course_name_ko"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "course_code"`,
      `ALTER TABLE "enrollment"."cohort_seats" DROP COLUMN "course_id"`,
      `DROP INDEX "enrollment"."IDX_trainee_agency"`,
      `DROP INDEX "enrollment"."UQ_trainee_user"`,
      `DROP INDEX "enrollment"."UQ_trainee_employee_no"`,
      `DROP TABLE "enrollment"."trainee"`,
      `DROP TABLE "enrollment"."survey_receipt"`,
      `DROP INDEX "enrollment"."IDX_survey_response_year"`,
      `DROP INDEX "enrollment"."IDX_survey_response_cohort"`,
      `DROP TABLE "enrollment"."survey_response"`,
      `DROP INDEX "enrollment"."IDX_plan_figure_year"`,
      `DROP TABLE "enrollment"."plan_figure"`,
      `DROP INDEX "enrollment"."IDX_notification_trainee"`,
      `DROP INDEX "enrollment"."IDX_notification_role"`,
      `DROP TABLE "enrollment"."notification"`,
      `DROP TABLE "enrollment"."completion_import_error"`,
      `DROP INDEX "enrollment"."IDX_completion_import_tenant"`,
      `DROP TABLE "enrollment"."completion_import"`,
      `DROP INDEX "enrollment"."UQ_completion_record"`,
      `DROP INDEX "enrollment"."IDX_completion_record_year"`,
      `DROP TABLE "enrollment"."completion_record"`,
      `DROP INDEX "enrollment"."IDX_course_tenant_code"`,
      `DROP TABLE "enrollment"."course"`,
      `DROP TABLE "enrollment"."cohort_agency_quota"`,
      `DROP INDEX "enrollment"."IDX_attendance_cohort"`,
      `DROP TABLE "enrollment"."attendance"`,
      `DROP INDEX "enrollment"."IDX_application_trainee"`,
      `DROP INDEX "enrollment"."IDX_application_cohort_status"`,
      `DROP INDEX "enrollment"."IDX_application_agency"`,
      `DROP INDEX "enrollment"."UQ_application_active"`,
      `DROP INDEX "enrollment"."UQ_application_verification_code"`,
      `DROP INDEX "enrollment"."UQ_application_certificate_no"`,
      `DROP TABLE "enrollment"."application"`,
      `DROP TABLE "enrollment"."agency"`,
    ])
      await q.query(sql);
  }
}
