import { lazy } from 'react';
import type { ScreenDef } from '../../app/screens';

/** Who runs cohorts: the course managers and the institute's administrator. */
export const COHORT_RUNNERS = ['course_manager', 'admin'] as const;
/** Who reads the year's results. */
export const REPORT_READERS = ['course_manager', 'planner', 'admin'] as const;

/**
 * The enrollment domain's screens, in menu order, with the roles the old pages gave them: the
 * trainee's catalog, training and survey; the agency admin's page; the course manager's roster,
 * LMS imports and (with planners) the year's results.
 */
export const enrollmentScreens: ScreenDef[] = [
  {
    path: 'course-apply',
    nav: 'enrollment.courseApply',
    group: 'enrollment',
    roles: ['trainee'],
    component: lazy(() => import('./catalog-screen')),
  },
  {
    path: 'course-apply/courses/:courseId',
    group: 'enrollment',
    roles: ['trainee', 'agency_admin', 'course_manager', 'planner', 'admin'],
    component: lazy(() => import('./course-page-screen')),
  },
  {
    path: 'my-training',
    nav: 'enrollment.myTraining',
    group: 'enrollment',
    roles: ['trainee'],
    component: lazy(() => import('./my-training-screen')),
  },
  { path: 'survey', nav: 'enrollment.survey', group: 'enrollment', roles: ['trainee'], component: lazy(() => import('./survey-screen')) },
  { path: 'survey/:cohortId', group: 'enrollment', roles: ['trainee'], component: lazy(() => import('./survey-screen')) },
  {
    path: 'agency',
    nav: 'enrollment.agency',
    group: 'enrollment',
    roles: ['agency_admin'],
    component: lazy(() => import('./agency-screen')),
  },
  {
    path: 'roster',
    nav: 'enrollment.roster',
    group: 'enrollment',
    roles: COHORT_RUNNERS,
    component: lazy(() => import('./roster-screen')),
  },
  {
    path: 'completion-imports',
    nav: 'enrollment.imports',
    group: 'enrollment',
    roles: COHORT_RUNNERS,
    component: lazy(() => import('./imports-screen')),
  },
  {
    // 수료증 진위 확인: what a certificate's QR code opens, for anyone (the gateway's verificationPath).
    path: 'certificates/verify/:code',
    group: 'enrollment',
    roles: [],
    public: true,
    component: lazy(() => import('./verify-certificate-screen')),
  },
  {
    path: 'enrollment-reports',
    nav: 'enrollment.reports',
    group: 'enrollment',
    roles: REPORT_READERS,
    component: lazy(() => import('./reports-screen')),
  },
];
