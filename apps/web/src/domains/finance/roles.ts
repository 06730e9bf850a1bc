import type { Role } from '../../api/session';

/** Institute staff read the books, the lines and the report (finance's READERS). */
export const READERS: readonly Role[] = ['admin', 'planner', 'course_manager', 'exam_officer', 'finance_officer'];
/** Those who keep the books: open years, set rules, amend, plan, set a line's control and officer. */
export const BOOK_KEEPERS: readonly Role[] = ['admin', 'planner', 'finance_officer'];
/** Those who keep the ledger: commit, release, pay, book held commitments, reverse entries. */
export const LEDGER_KEEPERS: readonly Role[] = ['admin', 'finance_officer'];

export const isIn = (roles: readonly Role[], role: Role | undefined): boolean => role !== undefined && roles.includes(role);
