/** The enrollment domain's error codes (stable; the web's catalogues hold their words). */
export const ENROLLMENT_ERROR_CODES = [
  /** A cohort enrollment does not know, or one the caller may not see (another institute's). */
  'ENROLLMENT_COHORT.NOT_FOUND',
  /** The cohort is cancelled (폐강) or over; `params.status`. */
  'ENROLLMENT_COHORT.NOT_SCHEDULED',
  /** Staff add a trainee: the cohort has no seat for them (`params.capacity`, `params.confirmed`; `params.agencyCode` when the agency's quota is what is full). */
  'ENROLLMENT_COHORT.FULL',
  /** Staff add a trainee after the cohort's last day of training (`params.endDate`). */
  'ENROLLMENT_COHORT.TRAINING_ENDED',

  'APPLICATION.NOT_FOUND',
  /** Outside the cohort's application window; `params.opens` (when it has an opening day) and `params.closes`. */
  'APPLICATION.WINDOW_CLOSED',
  /** The cohort takes no officials of other provinces, and the trainee's agency is one. */
  'APPLICATION.OTHER_PROVINCE',
  /** The trainee already holds a cohort meeting at overlapping hours; `params` name it (`course`, `startDate`, `endDate`). */
  'APPLICATION.TIME_CLASH',
  'APPLICATION.ALREADY_APPLIED',
  /** Staff add a trainee who already has an active application for the cohort (`params.applicationId`, `params.status`). */
  'APPLICATION.ALREADY_IN_COHORT',
  /** Already cancelled, rejected or ended: nothing to cancel. */
  'APPLICATION.ALREADY_ENDED',
  /** Training has started (`params.startDate`): seats no longer change. */
  'APPLICATION.TRAINING_STARTED',
  /** An e-learning course's period is over (`params.endDate`). */
  'APPLICATION.LEARNING_PERIOD_OVER',
  /** The trainee's own cancellation cut-off (`params.cancellationCloses`) has passed; their agency may still withdraw them. */
  'APPLICATION.CANCELLATION_CLOSED',
  /** The application is not pending at the caller's approval step (agency, then institute). */
  'APPLICATION.NOT_AWAITING_YOU',
  /** Only a confirmed seat has assessment results or progress; `params.status`. */
  'APPLICATION.NOT_CONFIRMED',
  'APPLICATION.PROGRESS_E_LEARNING_ONLY',

  /** Two nominees of one nomination share a rank (`params.rank`). */
  'NOMINATION.DUPLICATE_RANK',
  'NOMINATION.DUPLICATE_TRAINEE',

  'TRAINEE.NOT_FOUND',
  /** The caller is not a trainee of an agency: the page is for trainees. */
  'TRAINEE.NOT_A_TRAINEE',
  /** The trainee record linked to the account belongs to another institute or agency. */
  'TRAINEE.RECORD_MISMATCH',
  /** The agency already has a trainee with this staff number, or the account already has a record. */
  'TRAINEE.DUPLICATE',
  'TRAINEE.AGENCY_UNKNOWN',

  /** No agency of the institute has this code (`params.code`). */
  'AGENCY.NOT_FOUND',
  /** The institute has an agency of this code already (`params.code`); field `code`. */
  'AGENCY.CODE_TAKEN',
  /** The agency is deactivated: its staff cannot apply and it takes no quotas (`params.code`). */
  'AGENCY.INACTIVE',
  /** An agency with trainees (`params.trainees`) is deactivated, never deleted. */
  'AGENCY.HAS_TRAINEES',

  /** An entry names an application that is not a confirmed trainee of the cohort. */
  'ATTENDANCE.NOT_ON_ROSTER',
  /** The day (`params.day`) is not one of the cohort's training days. */
  'ATTENDANCE.NOT_A_TRAINING_DAY',
  /** A mark for a day (`params.day`) that has not come yet. */
  'ATTENDANCE.DAY_NOT_COME',

  /** An import sent no file. */
  'SHEET.FILE_REQUIRED',
  /** Only .xlsx and .csv files are read; `params.accepted`. */
  'SHEET.FILE_TYPE',
  'SHEET.UNREADABLE',
  /** The heading row lacks columns the import needs; `params.columns`. */
  'SHEET.MISSING_COLUMNS',
  'SHEET.EMPTY_FILE',
  'SHEET.NO_ROWS',
  /** One line of a sheet has problems: each is in `problems`, with its own code. */
  'SHEET.ROW_INVALID',
  'SHEET.UNKNOWN_AGENCY',
  /** An agency admin's sheet names another agency's staff. */
  'SHEET.OTHER_AGENCY',
  'SHEET.UNKNOWN_COURSE',
  /** The same person as an earlier line (`params.sameAs`). */
  'SHEET.DUPLICATE_ROW',
  'SHEET.FUTURE_DATE',
  /** An attendance sheet without a column for any training day. */
  'SHEET.NO_DAY_COLUMNS',
  /** A cell that is none of 출석, 지각, 결석, 공결 (present, late, absent, excused). */
  'SHEET.UNKNOWN_MARK',

  'COMPLETION.COHORT_CANCELLED',
  /** Completion is decided from the last day of training (`params.endDate`). */
  'COMPLETION.TRAINING_NOT_ENDED',
  /** The cohort's course is not known yet (curriculum's event has not come). */
  'COMPLETION.NO_COURSE',
  'CERTIFICATE.NOT_FOUND',
  /** A certificate is revoked once (`params.revokedAt`). */
  'CERTIFICATE.ALREADY_REVOKED',

  'COMPLETION_IMPORT.NOT_FOUND',
  /** The content must be sent as text/csv. */
  'COMPLETION_IMPORT.CSV_REQUIRED',
  /** An import's content is uploaded once; a new import takes the next upload. */
  'COMPLETION_IMPORT.ALREADY_RUN',
  /** A failed import's reason when it was not the file's (its `failure` has the text). */
  'COMPLETION_IMPORT.FAILED',

  'SURVEY.ALREADY_ANSWERED',
  /** Every item must be answered once; `params.missing` names the items left out. */
  'SURVEY.ITEMS_INCOMPLETE',
  /** Every instructor of the cohort must be rated once; `params.expected` is how many. */
  'SURVEY.INSTRUCTORS_INCOMPLETE',

  /** The cohort is not below its minimum fill awaiting a decision. */
  'UNDER_FILL.NOT_AWAITING',
  /** A cohort merges only into a cohort of the same course; `params.course` and `params.targetCourse`. */
  'UNDER_FILL.OTHER_COURSE',
  /** The cohort to merge into has started or was cancelled. */
  'UNDER_FILL.TARGET_CLOSED',
  /** An extension keeps the minimum-fill cut-off it has (`params.minimumFillCutoff`); only a new one is an extension. */
  'UNDER_FILL.CUTOFF_UNCHANGED',
] as const;
