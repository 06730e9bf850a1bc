import { lazy } from 'react';
import type { Role } from '../../api/session';
import type { ScreenDef } from '../../app/screens';

/** The platform operator alone: of no institute, they see no institute's screens (ADR 0014). */
export const OPERATORS: readonly Role[] = ['platform_operator'];

export const platformScreens: ScreenDef[] = [
  {
    path: 'platform/institutes',
    nav: 'platformInstitutes',
    group: 'platform',
    roles: OPERATORS,
    component: lazy(() => import('./institutes-screen')),
  },
];
