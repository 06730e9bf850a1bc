import { lazy } from 'react';
import type { ScreenDef } from '../../../app/screens';
import { PLAN_READERS } from './plan-rows';

/** Examination: the work report's plans (4-2 career recruitment, 4-3 competency assessments) against what was held. */
export const planScreens: ScreenDef[] = [
  {
    path: 'exam-recruitment-plan',
    nav: 'examRecruitmentPlan',
    group: 'examination',
    roles: PLAN_READERS,
    component: lazy(() => import('./recruitment-plan-screen')),
  },
  {
    path: 'exam-assessment-plan',
    nav: 'examAssessmentPlan',
    group: 'examination',
    roles: PLAN_READERS,
    component: lazy(() => import('./assessment-plan-screen')),
  },
];
