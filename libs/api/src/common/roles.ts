/**
 * Who uses Baeum; `admin` is an institute's system administrator. `platform_operator` runs the platform
 * itself (creates institutes and their first administrator) and belongs to no institute (ADR 0014).
 */
export const ROLES = [
  'admin',
  'planner',
  'course_manager',
  'exam_officer',
  'finance_officer',
  'agency_admin',
  'trainee',
  'applicant',
  'assessor',
  'platform_operator',
] as const;
export type Role = (typeof ROLES)[number];

/** Every role of an institute's people: all but the platform operator, who is answered only where a route names them. */
export const INSTITUTE_ROLES = ROLES.filter((role) => role !== 'platform_operator');

/** The institute's own staff (its divisions and its administrator), as against trainees, agencies, the public and assessors. */
export const INSTITUTE_STAFF = ['admin', 'planner', 'course_manager', 'exam_officer', 'finance_officer'] as const satisfies readonly Role[];
/** The staff who run the curriculum: plans, catalog, cohorts, rooms, instructors (HR Planning and Talent Development). */
export const CURRICULUM_STAFF = ['admin', 'planner', 'course_manager'] as const satisfies readonly Role[];
/** Everyone of the institute: its staff, agency admins and trainees (not the public, not assessors). */
export const INSTITUTE_USERS = [...INSTITUTE_STAFF, 'agency_admin', 'trainee'] as const satisfies readonly Role[];
/** Who reads the cohort table with its seats, quotas and budget: the institute's staff and agency admins. */
export const COHORT_VIEWERS = [...INSTITUTE_STAFF, 'agency_admin'] as const satisfies readonly Role[];
