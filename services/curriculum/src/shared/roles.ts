import { CURRICULUM_STAFF } from '@baeum/api';
import type { Role } from '@baeum/service-kit';

/** Institute staff who run the curriculum. */
export const STAFF: Role[] = [...CURRICULUM_STAFF];
/** Who edits the yearly plan and the category tree (HR Planning Division). */
export const PLANNERS: Role[] = ['admin', 'planner'];
/** Who may read plans and their reports. */
export const PLAN_READERS: Role[] = ['admin', 'planner', 'course_manager', 'finance_officer'];
