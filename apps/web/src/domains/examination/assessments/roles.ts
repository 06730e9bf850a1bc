import type { Role } from '../../../api/session';

/** Who runs assessment rounds (examination's OFFICER_ROLES). */
export const OFFICERS: readonly Role[] = ['exam_officer', 'admin'];
/** Who rates candidates. */
export const ASSESSORS: readonly Role[] = ['assessor'];
/** The officials assessed: they read their own feedback report. */
export const ASSESSED: readonly Role[] = ['trainee'];
