/** The curriculum domain's error codes (stable; the web's catalogues hold their words). */
export const CURRICULUM_ERROR_CODES = [
  // ---- the institute's settings
  /** A logo or seal upload without a file; field `file`. */
  'SETTINGS.IMAGE_REQUIRED',
  /** A logo or seal that is not a PNG or JPEG image (`params.accepted`); field `file`. */
  'SETTINGS.IMAGE_TYPE',
  /** A logo or seal too small or too large (`params.width`, `params.height`, `params.min`, `params.max` pixels); field `file`. */
  'SETTINGS.IMAGE_DIMENSIONS',
  /** No logo or seal has been uploaded yet. */
  'SETTINGS.IMAGE_NOT_FOUND',
  /** The same day twice in the institute's holidays (`params.date`); field `holidays`. */
  'SETTINGS.HOLIDAY_REPEATED',

  // ---- the category tree
  'CATEGORY.NOT_FOUND',
  'CATEGORY.CODE_TAKEN',
  /** A subfield's `parentCode` must name an existing field. */
  'CATEGORY.PARENT_NOT_A_FIELD',
  /** A field sits at the top of the tree: it takes no `parentCode`. */
  'CATEGORY.FIELD_HAS_PARENT',

  // ---- the catalog
  /** Also a body's `courseId` naming no course of the tenant (`field` says which). */
  'COURSE.NOT_FOUND',
  /** The fiscal year's catalog has the code already (`params.code`, `params.fiscalYear`). */
  'COURSE.CODE_TAKEN',
  /** `params.fieldCode` is not a field of the tenant's category tree. */
  'COURSE.FIELD_UNKNOWN',
  /** `params.subfieldCode` is not a subfield of `params.fieldCode`. */
  'COURSE.SUBFIELD_UNKNOWN',
  /** E-learning courses, and only they, are delivered as e-learning. */
  'COURSE.E_LEARNING_MODE',
  /** A merged course (통합·대체) must name the course it replaces. */
  'COURSE.REPLACED_COURSE_REQUIRED',
  /** Only a merged course replaces another. */
  'COURSE.REPLACES_ONLY_WHEN_MERGED',
  /** The replaced course must be of an earlier fiscal year. */
  'COURSE.REPLACED_COURSE_NOT_EARLIER',
  /** A catalog is carried only into a later year (`params.fromYear`, `params.toYear`). */
  'COURSE_YEAR.NOT_LATER',
  /** The year to carry from has no course (`params.fromYear`). */
  'COURSE_YEAR.EMPTY',
  /** The year to carry into has a catalog already (`params.toYear`). */
  'COURSE_YEAR.EXISTS',

  // ---- cohorts
  'COHORT.NOT_FOUND',
  /**
   * The room is booked by another cohort at overlapping dates and hours (`params.room`, the cohort, its dates and hours;
   * `conflicts` lists all).
   */
  'COHORT.ROOM_BOOKED',
  /** An instructor is booked by another cohort at overlapping dates and hours (`params.instructor`, …). */
  'COHORT.INSTRUCTOR_BOOKED',
  /** More people than the room seats (`params.capacity`, `params.room`, `params.seats`). */
  'COHORT.OVER_ROOM_CAPACITY',
  /** An e-learning cohort has no room. */
  'COHORT.E_LEARNING_ROOM',
  /** E-learning courses, and only they, run as e-learning cohorts. */
  'COHORT.E_LEARNING_MODE',
  'COHORT.END_BEFORE_START',
  /** The cohort's training has wholly ended (`params.endDate`): scheduling it needs `pastReason`. */
  'COHORT.IN_THE_PAST',
  /** The daily end time is not after the daily start time. */
  'COHORT.HOURS_REVERSED',
  'COHORT.APPLICATION_CLOSES_BEFORE_OPENS',
  /** Applications must close by the start date. */
  'COHORT.APPLICATION_CLOSES_AFTER_START',
  /** Self-cancellation must close by the start date. */
  'COHORT.CANCELLATION_CLOSES_AFTER_START',
  'COHORT.MINIMUM_FILL_OVER_CAPACITY',
  /** The day the minimum fill is judged must be by the start date. */
  'COHORT.MINIMUM_FILL_CUTOFF_AFTER_START',
  /** An agency has two quotas (`params.agencyCode`). */
  'COHORT.QUOTA_AGENCY_REPEATED',
  'COHORT.QUOTA_AGENCY_INACTIVE',
  /** The agencies' quotas add up to more than the capacity (`params.quotaSeats`, `params.capacity`). */
  'COHORT.QUOTAS_OVER_CAPACITY',
  /** The course has no budget line, so the cohort must name one. */
  'COHORT.BUDGET_LINE_REQUIRED',
  /** Finance has no such budget line in the fiscal year the cohort starts (`params.budgetLineCode`, `params.fiscalYear`). */
  'COHORT.BUDGET_LINE_UNKNOWN',
  /** The capacity would go below the seats already confirmed (`params.confirmed`). */
  'COHORT.CAPACITY_BELOW_CONFIRMED',
  /** A cancelled or completed cohort cannot change (`params.status`). */
  'COHORT.CLOSED',
  /** The cohort is already cancelled or completed (`params.status`). */
  'COHORT.ALREADY_CLOSED',
  /** A cohort is completed from its last day on (`params.endDate`). */
  'COHORT.NOT_ENDED',

  // ---- rooms and instructors
  /** Also a body's `roomId` naming no room of the tenant. */
  'ROOM.NOT_FOUND',
  'ROOM.CODE_TAKEN',
  /** Also a body's `instructorIds` naming an instructor the tenant does not have. */
  'INSTRUCTOR.NOT_FOUND',

  // ---- the yearly plan
  /** Also a body's `basedOnId` naming no version of the tenant. */
  'PLAN.NOT_FOUND',
  /** The year-on-year report needs a plan of the previous year (`params.fiscalYear`). */
  'PLAN.PREVIOUS_YEAR_MISSING',
  /** The version has no line for the course. */
  'PLAN.LINE_NOT_FOUND',
  /** An approved version no longer changes: open a change (변경) instead. */
  'PLAN.APPROVED',
  'PLAN.ALREADY_APPROVED',
  /** The fiscal year has a draft already; a year has one at a time (`params.fiscalYear`). */
  'PLAN.DRAFT_EXISTS',
  /** The year has its original (당초) plan already: open a change. */
  'PLAN.ORIGINAL_EXISTS',
  /** A change (변경) needs an approved version of the year. */
  'PLAN.CHANGE_NEEDS_APPROVED',
  /** Only courses of the version's fiscal year go in it (`params.fiscalYear`). */
  'PLAN.COURSE_OTHER_YEAR',
  /** E-learning runs always (상시): it has no sessions. */
  'PLAN.E_LEARNING_SESSIONS',
  /** A quarter with trainees needs sessions. */
  'PLAN.TRAINEES_WITHOUT_SESSIONS',

  // ---- importing a plan from a spreadsheet
  'PLAN_IMPORT.FILE_REQUIRED',
  /** Only .xlsx and .csv files are taken. */
  'PLAN_IMPORT.FILE_TYPE',
  'PLAN_IMPORT.FILE_UNREADABLE',
  /** Some rows have problems and nothing was imported (`params.rows`; `rows` lists each row's problems). */
  'PLAN_IMPORT.ROWS_INVALID',
  /** The header lacks required columns (`params.columns`). */
  'PLAN_IMPORT.MISSING_COLUMNS',
  'PLAN_IMPORT.NO_ROWS',
  /** More rows than one file may have (`params.max`). */
  'PLAN_IMPORT.TOO_MANY_ROWS',
  /** The course code repeats an earlier line of the file (`params.code`, `params.firstLine`). */
  'PLAN_IMPORT.DUPLICATE_CODE',
  /** The course a merged row replaces is in no earlier year (`params.code`). */
  'PLAN_IMPORT.REPLACED_COURSE_UNKNOWN',
  /** The row's budget line is not a line finance published for the plan's year (`params.budgetLineCode`, `params.fiscalYear`). */
  'PLAN_IMPORT.BUDGET_LINE_UNKNOWN',

  // ---- settings
  /** The default daily end time is not after the start time. */
  'CURRICULUM_SETTINGS.HOURS_REVERSED',

  // ---- demand surveys
  'DEMAND_SURVEY.NOT_FOUND',
  'DEMAND_SURVEY.CLOSES_BEFORE_OPENS',
  /** Answers are taken only between `params.opensOn` and `params.closesOn`. */
  'DEMAND_SURVEY.CLOSED',
  'DEMAND_SURVEY.ALREADY_ANSWERED',
  /** The latest end time is not after the earliest start time. */
  'DEMAND_SURVEY.HOURS_REVERSED',
] as const;

export type CurriculumErrorCode = (typeof CURRICULUM_ERROR_CODES)[number];
