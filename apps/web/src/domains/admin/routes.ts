import { lazy } from 'react';
import type { Role } from '../../api/session';
import type { ScreenDef } from '../../app/screens';

/** The institute's administrator (시스템 관리자) alone runs the administration screens. */
export const ADMINS: readonly Role[] = ['admin'];

/** The administration screens, in menu order. */
export const adminScreens: ScreenDef[] = [
  { path: 'admin/users', nav: 'adminUsers', group: 'admin', roles: ADMINS, component: lazy(() => import('./users-screen')) },
  { path: 'admin/audit', nav: 'adminAudit', group: 'admin', roles: ADMINS, component: lazy(() => import('./audit-screen')) },
  {
    path: 'admin/deliveries',
    nav: 'adminDeliveries',
    group: 'admin',
    roles: ADMINS,
    component: lazy(() => import('./deliveries-screen')),
  },
  {
    path: 'admin/mail-catcher',
    nav: 'adminMailCatcher',
    group: 'admin',
    roles: ADMINS,
    component: lazy(() => import('./mail-catcher-screen')),
  },
];
