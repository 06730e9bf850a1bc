/**
 * The curriculum domain's kinds, patterns and limits: what its bodies accept and its views answer.
 * The service re-imports them, so a rule is written once.
 */

/** The fixed first level of the category tree: 일반교육 and e-러닝. */
export const EDUCATION_TYPES = ['general', 'e_learning'] as const;
export type EducationType = (typeof EDUCATION_TYPES)[number];

/** Competency fields and their subfields. */
export const CATEGORY_KINDS = ['field', 'subfield'] as const;
export type CategoryKind = (typeof CATEGORY_KINDS)[number];

/** 강의실, 원격전용 강의실(스튜디오), 전산실(컴퓨터실). */
export const ROOM_KINDS = ['lecture', 'remote_studio', 'computer'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export const INSTRUCTOR_KINDS = ['internal', 'external'] as const;
export type InstructorKind = (typeof INSTRUCTOR_KINDS)[number];

export const COHORT_STATUSES = ['scheduled', 'cancelled', 'completed'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

export const PLAN_VERSION_STATUSES = ['draft', 'approved'] as const;
export type PlanVersionStatus = (typeof PLAN_VERSION_STATUSES)[number];

/** What keeps a trainee from training, as a demand survey asks it. */
export const SURVEY_CONSTRAINTS = ['childcare', 'eldercare', 'commute', 'shift_work', 'health', 'workload'] as const;
export type SurveyConstraint = (typeof SURVEY_CONSTRAINTS)[number];
/** The weekdays a demand survey offers. */
export const SURVEY_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** The plan reports answer JSON, or a file to save. */
export const PLAN_REPORT_FORMATS = ['json', 'xlsx', 'csv'] as const;
export type PlanReportFormat = (typeof PLAN_REPORT_FORMATS)[number];

/** The patterns curriculum's inputs follow (named by what they check, under one name so no other domain's clash). */
export const CURRICULUM_PATTERNS = {
  /** A business date, YYYY-MM-DD (whether it is a real calendar date is checked apart). */
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  /** A time of day, HH:MM. */
  time: /^([01]\d|2[0-3]):[0-5]\d$/,
  categoryCode: /^[a-z][a-z0-9_]{1,39}$/,
  courseCode: /^[A-Z0-9][A-Z0-9-]{0,39}$/,
  roomCode: /^[A-Z0-9][A-Z0-9-]{0,39}$/,
  budgetLineCode: /^[A-Z0-9][A-Z0-9-]{0,39}$/,
  agencyCode: /^[A-Z0-9][A-Z0-9-]{0,39}$/,
  phone: /^[0-9+\-() ]{7,20}$/,
} as const;

/** Upper bound for one cohort's estimated cost: 100 billion won keeps every value a safe integer. */
export const MAX_COHORT_COST = 100_000_000_000;

/** The plan reports, by the last part of their path. */
export const PLAN_REPORTS = ['summary', 'delivery-modes', 'restructuring', 'year-on-year', 'quarters'] as const;
export type PlanReportName = (typeof PLAN_REPORTS)[number];
