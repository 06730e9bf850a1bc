import { MigrationInterface, QueryRunner } from 'typeorm';

/** Recruitment exams, applications and their season, interviews and competency assessments. */
export class Examination1764100000000 implements MigrationInterface {
  name = 'Examination1764100000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE "examination"."preparatory_cohort" ADD "cancelled" boolean NOT NULL DEFAULT false`,
      `CREATE TABLE "examination"."exam" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "year" integer NOT NULL,
        "round_no" integer NOT NULL,
        "title_ko" text NOT NULL,
        "title_en" text NOT NULL,
        "announced_on" date NOT NULL,
        "application_opens_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "application_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "cancellation_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "written_exam_on" date,
        "interview_starts_on" date,
        "interview_ends_on" date,
        "result_on" date NOT NULL,
        "selection_planned" integer NOT NULL,
        "selection_tentative" boolean NOT NULL,
        "residency_region_ko" text,
        "residency_cutoff_on" date,
        "budget_line_code" text NOT NULL,
        "exam_numbers_assigned_at" TIMESTAMP WITH TIME ZONE,
        "seats_assigned_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
      )`,
      `CREATE UNIQUE INDEX "UQ_exam_tenant_year_kind_round" ON "examination"."exam" ("tenant_id", "year", "kind", "round_no")`,
      `CREATE TABLE "examination"."exam_fee" (
        "exam_id" uuid NOT NULL,
        "grade" integer NOT NULL,
        "tenant_id" uuid NOT NULL,
        "amount" bigint NOT NULL,
        PRIMARY KEY ("exam_id", "grade")
      )`,
      `CREATE TABLE "examination"."position" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "exam_id" uuid NOT NULL,
        "seq" integer NOT NULL,
        "job_series" text NOT NULL,
        "job_series_ko" text NOT NULL,
        "grade" integer NOT NULL,
        "openings" integer NOT NULL,
        "track" text NOT NULL,
        "min_age" integer NOT NULL,
        "fee" bigint NOT NULL,
        "pass_multiple_percent" integer,
        "written_cutoff" integer,
        "applicants" integer NOT NULL DEFAULT 0,
        "paid" integer NOT NULL DEFAULT 0
      )`,
      `CREATE UNIQUE INDEX "UQ_position_exam_seq" ON "examination"."position" ("exam_id", "seq")`,
      `CREATE TABLE "examination"."application" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "exam_id" uuid NOT NULL,
        "position_id" uuid NOT NULL,
        "applicant_id" uuid NOT NULL,
        "idempotency_key" text NOT NULL,
        "status" text NOT NULL,
        "cancel_reason" text,
        "name_ko" text NOT NULL,
        "birth_date" date NOT NULL,
        "phone" text NOT NULL,
        "resident_since" date,
        "residency_years" integer,
        "track_evidence" text,
        "veterans_bonus_percent" integer NOT NULL,
        "accommodations" jsonb NOT NULL,
        "accommodation_status" text NOT NULL,
        "fee_amount" bigint NOT NULL,
        "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "paid_at" TIMESTAMP WITH TIME ZONE,
        "payment_ref" text,
        "cancelled_at" TIMESTAMP WITH TIME ZONE,
        "refund_amount" bigint,
        "exam_number" text,
        "room_id" uuid,
        "seat_no" integer,
        "seat_changed_at" TIMESTAMP WITH TIME ZONE,
        "document_screening" text,
        "written_scores" jsonb,
        "written_total" integer,
        "written_result" text,
        "interview_session_id" uuid,
        "interview_grade" text,
        "final_result" text
      )`,
      `CREATE UNIQUE INDEX "UQ_application_idempotency" ON "examination"."application" ("tenant_id", "applicant_id", "idempotency_key")`,
      `CREATE UNIQUE INDEX "UQ_application_active_per_exam" ON "examination"."application" ("exam_id", "applicant_id") WHERE "status" <> 'cancelled'`,
      `CREATE UNIQUE INDEX "UQ_application_exam_number" ON "examination"."application" ("exam_id", "exam_number")`,
      `CREATE UNIQUE INDEX "UQ_application_seat" ON "examination"."application" ("room_id", "seat_no")`,
      `CREATE INDEX "IDX_application_exam_position" ON "examination"."application" ("exam_id", "position_id", "status")`,
      `CREATE INDEX "IDX_application_applicant" ON "examination"."application" ("tenant_id", "applicant_id")`,
      `CREATE TABLE "examination"."application_document" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "application_id" uuid NOT NULL,
        "file_name" text NOT NULL,
        "content_type" text NOT NULL,
        "content" bytea NOT NULL,
        "size" integer NOT NULL,
        "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX "IDX_application_document_application" ON "examination"."application_document" ("application_id")`,
      `CREATE TABLE "examination"."payment" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "application_id" uuid NOT NULL,
        "amount" bigint NOT NULL,
        "status" text NOT NULL,
        "provider_ref" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "completed_at" TIMESTAMP WITH TIME ZONE
      )`,
      `CREATE INDEX "IDX_payment_application" ON "examination"."payment" ("application_id")`,
      `CREATE TABLE "examination"."refund" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "application_id" uuid NOT NULL,
        "payment_id" uuid NOT NULL,
        "amount" bigint NOT NULL,
        "reason" text NOT NULL,
        "status" text NOT NULL,
        "provider_ref" text,
        "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "done_at" TIMESTAMP WITH TIME ZONE
      )`,
      `CREATE UNIQUE INDEX "UQ_refund_payment" ON "examination"."refund" ("payment_id")`,
      `CREATE INDEX "IDX_refund_requested" ON "examination"."refund" ("status")`,
      `CREATE TABLE "examination"."venue" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "exam_id" uuid NOT NULL,
        "name_ko" text NOT NULL,
        "agency_code" text NOT NULL,
        "address" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX "IDX_venue_exam" ON "examination"."venue" ("exam_id")`,
      `CREATE TABLE "examination"."venue_room" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "exam_id" uuid NOT NULL,
        "venue_id" uuid NOT NULL,
        "name" text NOT NULL,
        "seats" integer NOT NULL,
        "accommodations" text array NOT NULL,
        "available" boolean NOT NULL
      )`,
      `CREATE UNIQUE INDEX "UQ_venue_room_name" ON "examination"."venue_room" ("venue_id", "name")`,
      `CREATE INDEX "IDX_venue_room_exam" ON "examination"."venue_room" ("exam_id")`,
      `CREATE TABLE "examination"."interviewer" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "name_ko" text NOT NULL,
        "affiliation" text NOT NULL,
        "expertise" text NOT NULL,
        "external" boolean NOT NULL,
        "active" boolean NOT NULL
      )`,
      `CREATE INDEX "IDX_interviewer_tenant" ON "examination"."interviewer" ("tenant_id")`,
      `CREATE TABLE "examination"."interview_session" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "exam_id" uuid NOT NULL,
        "position_id" uuid NOT NULL,
        "seq" integer NOT NULL,
        "held_on" date NOT NULL,
        "starts_at" text NOT NULL,
        "room" text NOT NULL,
        "panel" uuid array NOT NULL
      )`,
      `CREATE INDEX "IDX_interview_session_exam" ON "examination"."interview_session" ("exam_id")`,
      `CREATE TABLE "examination"."interview_rating" (
        "application_id" uuid NOT NULL,
        "interviewer_id" uuid NOT NULL,
        "step" text NOT NULL,
        "tenant_id" uuid NOT NULL,
        "mark" text NOT NULL,
        PRIMARY KEY ("application_id", "interviewer_id", "step")
      )`,
      `CREATE TABLE "examination"."publication" (
        "exam_id" uuid NOT NULL,
        "stage" text NOT NULL,
        "tenant_id" uuid NOT NULL,
        "publish_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "positions" integer NOT NULL,
        "passed" integer NOT NULL,
        "announced_at" TIMESTAMP WITH TIME ZONE,
        PRIMARY KEY ("exam_id", "stage")
      )`,
      `CREATE TABLE "examination"."sitting" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "subject_id" uuid NOT NULL,
        "stage" text NOT NULL,
        "held_on" date NOT NULL,
        "venues" integer NOT NULL,
        "candidates" integer NOT NULL,
        "cost" bigint NOT NULL,
        "budget_line_code" text NOT NULL,
        "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
      )`,
      `CREATE UNIQUE INDEX "UQ_sitting_subject_stage" ON "examination"."sitting" ("subject_id", "stage")`,
      `CREATE TABLE "examination"."assessment_round" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "target_grade" integer NOT NULL,
        "year" integer NOT NULL,
        "round_no" integer NOT NULL,
        "held_on" date NOT NULL,
        "competencies" jsonb NOT NULL,
        "techniques" jsonb NOT NULL,
        "pass_threshold" integer NOT NULL,
        "max_attempts" integer NOT NULL,
        "assessors_per_technique" integer NOT NULL,
        "prep_cohort_id" uuid,
        "assigned_at" TIMESTAMP WITH TIME ZONE,
        "completed_on" date
      )`,
      `CREATE UNIQUE INDEX "UQ_assessment_round" ON "examination"."assessment_round" ("tenant_id", "target_grade", "year", "round_no")`,
      `CREATE TABLE "examination"."assessment_candidate" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "round_id" uuid NOT NULL,
        "employee_no" text NOT NULL,
        "name_ko" text NOT NULL,
        "agency_code" text NOT NULL,
        "user_id" uuid,
        "attempt" integer NOT NULL,
        "scores" jsonb,
        "overall" integer,
        "passed" boolean
      )`,
      `CREATE UNIQUE INDEX "UQ_assessment_candidate_round_employee" ON "examination"."assessment_candidate" ("round_id", "employee_no")`,
      `CREATE INDEX "IDX_assessment_candidate_employee" ON "examination"."assessment_candidate" ("tenant_id", "employee_no")`,
      `CREATE INDEX "IDX_assessment_candidate_user" ON "examination"."assessment_candidate" ("tenant_id", "user_id")`,
      `CREATE TABLE "examination"."assessor" (
        "id" uuid NOT NULL PRIMARY KEY,
        "tenant_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "name_ko" text NOT NULL,
        "agency_code" text,
        "active" boolean NOT NULL
      )`,
      `CREATE UNIQUE INDEX "UQ_assessor_user" ON "examination"."assessor" ("tenant_id", "user_id")`,
      `CREATE TABLE "examination"."assessor_conflict" (
        "assessor_id" uuid NOT NULL,
        "employee_no" text NOT NULL,
        "tenant_id" uuid NOT NULL,
        "reason" text NOT NULL,
        PRIMARY KEY ("assessor_id", "employee_no")
      )`,
      `CREATE TABLE "examination"."assessment_assignment" (
        "candidate_id" uuid NOT NULL,
        "technique" text NOT NULL,
        "assessor_id" uuid NOT NULL,
        "tenant_id" uuid NOT NULL,
        "round_id" uuid NOT NULL,
        PRIMARY KEY ("candidate_id", "technique", "assessor_id")
      )`,
      `CREATE INDEX "IDX_assessment_assignment_assessor" ON "examination"."assessment_assignment" ("assessor_id")`,
      `CREATE INDEX "IDX_assessment_assignment_round" ON "examination"."assessment_assignment" ("round_id")`,
      `CREATE TABLE "examination"."assessment_rating" (
        "candidate_id" uuid NOT NULL,
        "technique" text NOT NULL,
        "assessor_id" uuid NOT NULL,
        "competency" text NOT NULL,
        "tenant_id" uuid NOT NULL,
        "score" integer NOT NULL,
        "comment" text,
        "rated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        PRIMARY KEY ("candidate_id", "technique", "assessor_id", "competency")
      )`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    const tables = ['assessment_rating', 'assessment_assignment', 'assessor_conflict', 'assessor', 'assessment_candidate', 'assessment_round', 'sitting', 'publication', 'interview_rating', 'interview_session', 'interviewer', 'venue_room', 'venue', 'refund', 'payment', 'application_document', 'application', 'position', 'exam_fee', 'exam'];
    for (const table of tables) await q.query(`DROP TABLE "examination"."${table}"`);
    await q.query(`ALTER TABLE "examination"."preparatory_cohort" DROP COLUMN "cancelled"`);
  }
}
