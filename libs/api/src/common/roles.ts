/** Who uses Baeum; `admin` is an institute's system administrator. */
export const ROLES = ['admin', 'planner', 'course_manager', 'exam_officer', 'finance_officer', 'agency_admin', 'trainee', 'applicant', 'assessor'] as const;
export type Role = (typeof ROLES)[number];
