import { lazy } from 'react';
import type { ScreenDef } from '../../app/screens';
import { COHORT_VIEWERS, INSTITUTE_USERS, PLAN_READERS, STAFF } from './roles';

/**
 * The curriculum domain's screens, in menu order, with the roles the old pages gave them: the
 * cohort table for the institute but trainees, scheduling and the planning screens for its
 * curriculum staff, the plans for finance too, and demand surveys for everyone of the institute.
 */
export const curriculumScreens: ScreenDef[] = [
  {
    path: 'cohorts',
    nav: 'curriculum.cohorts',
    group: 'curriculum',
    roles: COHORT_VIEWERS,
    component: lazy(() => import('./cohorts-screen')),
  },
  { path: 'cohorts/:id/edit', group: 'curriculum', roles: STAFF, component: lazy(() => import('./cohort-edit-screen')) },
  { path: 'calendar', nav: 'curriculum.calendar', group: 'curriculum', roles: STAFF, component: lazy(() => import('./calendar-screen')) },
  { path: 'catalog', nav: 'curriculum.catalog', group: 'curriculum', roles: STAFF, component: lazy(() => import('./catalog-screen')) },
  { path: 'catalog/:id', group: 'curriculum', roles: STAFF, component: lazy(() => import('./course-screen')) },
  { path: 'plans', nav: 'curriculum.plans', group: 'curriculum', roles: PLAN_READERS, component: lazy(() => import('./plans-screen')) },
  {
    path: 'resources',
    nav: 'curriculum.resources',
    group: 'curriculum',
    roles: STAFF,
    component: lazy(() => import('./resources-screen')),
  },
  {
    path: 'surveys',
    nav: 'curriculum.surveys',
    group: 'curriculum',
    roles: INSTITUTE_USERS,
    component: lazy(() => import('./surveys-screen')),
  },
  { path: 'surveys/:id', group: 'curriculum', roles: STAFF, component: lazy(() => import('./survey-results-screen')) },
];
