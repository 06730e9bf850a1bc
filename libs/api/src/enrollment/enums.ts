/**
 * The enrollment domain's kinds of things, shared by its bodies, views and the service's entities.
 * Names that other domains may also use (education types) stay inside this folder.
 */

/** pending: awaiting an approval; approved: awaiting the cohort's selection; then waitlisted or confirmed. */
export const ENROLLMENT_STATUSES = ['pending', 'approved', 'waitlisted', 'confirmed', 'cancelled', 'rejected'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

/** Who approves next: the trainee's agency, then the host institute. */
export const APPROVERS = ['agency', 'institute'] as const;
export type Approver = (typeof APPROVERS)[number];

/** Why an application ended: by the trainee, withdrawn by the agency or institute, rejected, the cohort cancelled or merged. */
export const ENROLLMENT_END_REASONS = ['cancelled', 'withdrawn', 'rejected', 'cohort_cancelled', 'merged', 'waitlist_closed'] as const;
export type EnrollmentEndReason = (typeof ENROLLMENT_END_REASONS)[number];

/** 수료, 미수료. */
export const COMPLETION_STATUSES = ['completed', 'not_completed'] as const;
export type CompletionStatus = (typeof COMPLETION_STATUSES)[number];

/** How an application came: the trainee applied (수강신청) or their agency nominated them (추천). */
// staff: a course manager added the trainee to the cohort directly (교육생 직접 추가).
export const ENROLLMENT_ROUTES = ['application', 'nomination', 'staff'] as const;
export type EnrollmentRoute = (typeof ENROLLMENT_ROUTES)[number];

/** 출석, 지각, 결석, 공결. */
export const ATTENDANCE_MARKS = ['present', 'late', 'absent', 'excused'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

/** A cohort as enrollment keeps it: scheduled, cancelled (폐강) or completed. */
export const ENROLLMENT_COHORT_STATUSES = ['scheduled', 'cancelled', 'completed'] as const;
export type EnrollmentCohortStatus = (typeof ENROLLMENT_COHORT_STATUSES)[number];

/** 모집 연장, 통합, 폐강: what a course manager decides for an under-filled cohort (the event's values). */
export { UNDER_FILL_DECISIONS, type UnderFillDecision } from '@baeum/contracts';

/** 본청 실·국, 자치구, 사업소, 투자출연기관, 타 시도, 교육청, 기타. */
export const AGENCY_KINDS = [
  'bureau',
  'district',
  'field_office',
  'funded_institution',
  'other_province',
  'education_office',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** The state of an LMS completion import. */
export const COMPLETION_IMPORT_STATUSES = ['created', 'running', 'finished', 'failed'] as const;
export type CompletionImportStatus = (typeof COMPLETION_IMPORT_STATUSES)[number];

/** Education types (교육구분): general (집합) and e-learning. Curriculum names the same two. */
export const EDUCATION_TYPE_VALUES = ['general', 'e_learning'] as const;
export type EducationTypeValue = (typeof EDUCATION_TYPE_VALUES)[number];

/** The 5-point items every course's satisfaction survey asks, Korean first. Each instructor is rated on one more. */
export const SATISFACTION_ITEMS = [
  { code: 'overall', ko: '교육과정에 전반적으로 만족한다', en: 'Overall, I am satisfied with the course' },
  { code: 'content', ko: '교육 내용이 충실하고 이해하기 쉬웠다', en: 'The content was thorough and easy to follow' },
  { code: 'usefulness', ko: '배운 내용을 업무에 활용할 수 있다', en: 'I can use what I learned in my work' },
  { code: 'operation', ko: '교육 운영(일정, 안내, 진행)이 원활했다', en: 'The course was well run (schedule, information, pace)' },
  { code: 'environment', ko: '교육 환경(시설, 학습 시스템)이 적절했다', en: 'The setting (rooms, learning system) was suitable' },
] as const;
export const SATISFACTION_ITEM_CODES: string[] = SATISFACTION_ITEMS.map((i) => i.code);
