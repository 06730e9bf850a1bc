import { lazy } from 'react';
import type { ScreenDef } from '../../app/screens';

/** The institute administrator's screens: its agencies and its settings. */
export const instituteScreens: ScreenDef[] = [
  {
    path: 'admin/agencies',
    nav: 'institute.agencies',
    group: 'admin',
    roles: ['admin'],
    component: lazy(() => import('./agencies-screen')),
  },
  {
    path: 'admin/settings',
    nav: 'institute.settings',
    group: 'admin',
    roles: ['admin'],
    component: lazy(() => import('./settings-screen')),
  },
];
