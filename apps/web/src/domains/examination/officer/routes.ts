import { lazy } from 'react';
import type { ScreenDef } from '../../../app/screens';
import { OFFICERS } from './shared';

/** Examination: the exam officer's console and the exam season. */
export const officerScreens: ScreenDef[] = [
  { path: 'exam-officer', nav: 'examOfficer', group: 'examination', roles: OFFICERS, component: lazy(() => import('./console-screen')) },
  { path: 'exam-officer/:examId', group: 'examination', roles: OFFICERS, component: lazy(() => import('./season-screen')) },
  { path: 'exam-officer/:examId/notice', group: 'examination', roles: OFFICERS, component: lazy(() => import('./notice-screen')) },
];
