import type { AuthUser, Role } from '@baeum/service-kit';

/** Who runs exams and assessments (인재채용과) in a tenant. */
export const OFFICER_ROLES = ['exam_officer', 'admin'] as const satisfies readonly Role[];

export const isOfficer = (user: AuthUser): boolean => (OFFICER_ROLES as readonly Role[]).includes(user.role);
