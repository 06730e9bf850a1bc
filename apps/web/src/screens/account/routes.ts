import { lazy } from 'react';
import { ALL_ROLES, type ScreenDef } from '../../app/screens';
import type { Catalogue } from '../../i18n/catalogue';

export const accountScreens: ScreenDef[] = [
  // Every role's own account, the platform operator's too (their password change).
  {
    path: 'account',
    nav: 'account',
    group: 'account',
    roles: [...ALL_ROLES, 'platform_operator'],
    component: lazy(() => import('./account-screen')),
  },
  // Every institute role's own notices, opened from the header's bell (lazy: not in the first load).
  { path: 'inbox', group: 'account', roles: 'all', component: lazy(() => import('./inbox-screen')) },
  // How each institute person is told (e-mail, texts, quiet hours), in the account menu.
  {
    path: 'notification-settings',
    nav: 'notificationSettings',
    group: 'account',
    roles: 'all',
    component: lazy(() => import('./notification-settings-screen')),
  },
];

export const accountNav = {
  account: { ko: '내 계정', en: 'My account' },
  notificationSettings: { ko: '알림 설정', en: 'Notification settings' },
} satisfies Catalogue;
