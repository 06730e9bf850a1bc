import { lazy } from 'react';
import type { ScreenDef } from '../../../app/screens';
import { ASSESSED, ASSESSORS, OFFICERS } from './roles';

/** Examination: competency assessments: the officer's rounds, the assessor's rating form, the trainee's feedback. */
export const assessmentScreens: ScreenDef[] = [
  {
    path: 'exam-assessments',
    nav: 'examAssessments',
    group: 'examination',
    roles: OFFICERS,
    component: lazy(() => import('./rounds-screen')),
  },
  { path: 'exam-assessments/:roundId', group: 'examination', roles: OFFICERS, component: lazy(() => import('./round-screen')) },
  { path: 'exam-rating', nav: 'examRating', group: 'examination', roles: ASSESSORS, component: lazy(() => import('./rating-screen')) },
  { path: 'exam-feedback', nav: 'examFeedback', group: 'examination', roles: ASSESSED, component: lazy(() => import('./feedback-screen')) },
];
