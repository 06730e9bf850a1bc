import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Role } from '../../api/session';

/** Roles given on the users screen, in menu order (applicants sign up; trainees are issued with their record). */
export const ASSIGNABLE: Role[] = ['admin', 'planner', 'course_manager', 'exam_officer', 'finance_officer', 'agency_admin', 'assessor'];
/** Every role, for the filter. */
export const ALL: Role[] = [...ASSIGNABLE, 'trainee', 'applicant'];
/** An agency role needs an agency (the server's AGENCY_ROLES). */
export const AGENCY_ROLES: Role[] = ['agency_admin', 'trainee'];
/** An agency's code, as the server checks it. */
export const AGENCY_CODE = /^[A-Z0-9][A-Z0-9-]{0,39}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Asks for the administration lists again (users, audit) after a change. */
export function useRefreshAdmin(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      queryClient.invalidateQueries({
        predicate: (query) => typeof query.queryKey[1] === 'string' && query.queryKey[1].startsWith('/api/admin'),
      }),
    [queryClient],
  );
}
