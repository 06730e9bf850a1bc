import type { Role } from '../../api/session';

/** Who runs the curriculum: schedules cohorts, edits the catalog, rooms, instructors and surveys. */
export const STAFF: readonly Role[] = ['admin', 'planner', 'course_manager'];
/** Who edits the yearly plan and the category tree. */
export const PLANNERS: readonly Role[] = ['admin', 'planner'];
/** Who reads the plans and their reports. */
export const PLAN_READERS: readonly Role[] = ['admin', 'planner', 'course_manager', 'finance_officer'];
/** Everyone of the institute: staff, agency admins and trainees (not the public, not assessors). */
export const INSTITUTE_USERS: readonly Role[] = [
  'admin',
  'planner',
  'course_manager',
  'exam_officer',
  'finance_officer',
  'agency_admin',
  'trainee',
];
/** Who sees the cohort table: the institute but trainees (they start at their own catalog). */
export const COHORT_VIEWERS: readonly Role[] = INSTITUTE_USERS.filter((r) => r !== 'trainee');
