import { INSTITUTE_STAFF } from '@baeum/api';
import type { Role } from '@baeum/service-kit';

/** Institute staff read the books; trainees, agencies, applicants and assessors do not. */
export const READERS: Role[] = [...INSTITUTE_STAFF];
/** Planners draft the budget book with finance (docs/architecture.md, "Who uses it"). */
export const BOOK_KEEPERS: Role[] = ['admin', 'planner', 'finance_officer'];
/** Commitments, payments and corrections are the finance officer's. */
export const LEDGER_KEEPERS: Role[] = ['admin', 'finance_officer'];
