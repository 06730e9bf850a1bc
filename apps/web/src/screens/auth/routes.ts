import { lazy } from 'react';
import type { ScreenDef } from '../../app/screens';

/** Password reset, open without signing in: the request, and the mailed link's page (identity.password_reset.requested's resetPath). */
export const authScreens: ScreenDef[] = [
  { path: 'password-reset', group: 'account', roles: [], public: true, component: lazy(() => import('./password-reset-screen')) },
  {
    path: 'password-reset/confirm',
    group: 'account',
    roles: [],
    public: true,
    component: lazy(() => import('./password-reset-confirm-screen')),
  },
];
