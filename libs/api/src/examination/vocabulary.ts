/**
 * What the examination contract names: the formats its inputs take and the values its kinds,
 * tracks and statuses may have. The service's entities use the same lists.
 */

/** A business date, YYYY-MM-DD. */
export const EXAM_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A Seoul wall-clock time of day, HH:MM. */
export const EXAM_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const EXAM_BUDGET_LINE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,39}$/;
export const EXAM_AGENCY_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,39}$/;
/** Korean mobile and landline numbers, with or without hyphens. */
export const EXAM_PHONE_PATTERN = /^0\d{1,2}-?\d{3,4}-?\d{4}$/;
export const EXAM_IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;
/** 공무원 번호. */
export const EMPLOYEE_NO_PATTERN = /^[A-Za-z0-9-]{3,30}$/;

export const EXAM_KINDS = ['open', 'career'] as const;
/** 공개경쟁·경력경쟁 임용시험 (open) or 경력직 채용 (career: documents, then interviews). */
export type ExamKind = (typeof EXAM_KINDS)[number];

/** Before, during or after the application window. */
export const EXAM_PHASES = ['announced', 'accepting', 'closed'] as const;
export type ExamPhase = (typeof EXAM_PHASES)[number];

export const POSITION_TRACKS = ['general', 'disabled', 'low_income', 'veterans_recommendation', 'high_school'] as const;
/** 구분모집: the general track, or a track with its own eligibility evidence. */
export type PositionTrack = (typeof POSITION_TRACKS)[number];

export const EXAM_APPLICATION_STATUSES = ['pending_payment', 'paid', 'cancelled'] as const;
export type ExamApplicationStatus = (typeof EXAM_APPLICATION_STATUSES)[number];

export const ACCOMMODATION_KINDS = [
  'extended_time',
  'large_print',
  'wheelchair_access',
  'separate_room',
  'braille',
  'reader',
  'hearing_aid',
] as const;
/** 편의지원: what an applicant with a disability or injury may ask for, with supporting documents. */
export type AccommodationKind = (typeof ACCOMMODATION_KINDS)[number];

/** 최종학력 (the highest level of schooling). */
export const EDUCATION_LEVELS = ['high_school', 'junior_college', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** 졸업 or 졸업예정. */
export const GRADUATION_STATUSES = ['graduated', 'expected'] as const;
export type GraduationStatus = (typeof GRADUATION_STATUSES)[number];

/** At most this many licences and certificates on one application. */
export const MAX_LICENCES = 10;
/** 자격증 가산점 cap: the licence bonus counts once (the highest) and at most 5% (지방공무원 임용령 style). */
export const LICENCE_BONUS_CAP_PERCENT = 5;

/** 취업지원대상자 가점 (5 or 10%) and 의사상자 등 가점 (3 or 5%): one statutory bonus at most. */
export const VETERANS_BONUS_PERCENTS = [0, 5, 10] as const;
export const RESCUER_BONUS_PERCENTS = [0, 3, 5] as const;

export const ACCOMMODATION_STATUSES = ['none', 'requested', 'approved', 'rejected'] as const;
export type AccommodationStatus = (typeof ACCOMMODATION_STATUSES)[number];

export const INTERVIEW_MARKS = ['high', 'mid', 'low'] as const;
/** 상 / 중 / 하: each panel member's mark for a candidate on one step. */
export type InterviewMark = (typeof INTERVIEW_MARKS)[number];

export const INTERVIEW_GRADES = ['excellent', 'average', 'poor'] as const;
/** 우수 / 보통 / 미흡: a candidate's interview grade from the panel's marks. */
export type InterviewGrade = (typeof INTERVIEW_GRADES)[number];

export const STAGE_RESULTS = ['pass', 'fail', 'absent'] as const;
export type StageResult = (typeof STAGE_RESULTS)[number];

export const RESULT_STAGES = ['written', 'final'] as const;
export type ResultStage = (typeof RESULT_STAGES)[number];

export const SITTING_STAGES = ['written', 'interview', 'assessment'] as const;
export type SittingStage = (typeof SITTING_STAGES)[number];

export const FEE_PAYMENT_OUTCOMES = ['approved', 'declined'] as const;
export type FeePaymentOutcome = (typeof FEE_PAYMENT_OUTCOMES)[number];

/** What a payment callback did: the fee is paid, the payment was declined, or money that was no longer owed goes back. */
export const FEE_PAYMENT_CALLBACK_STATUSES = ['paid', 'declined', 'refunded'] as const;
export type FeePaymentCallbackStatus = (typeof FEE_PAYMENT_CALLBACK_STATUSES)[number];

export const EXAM_EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExamExportFormat = (typeof EXAM_EXPORT_FORMATS)[number];
