import { lazy } from 'react';
import type { ScreenDef } from '../../app/screens';
import type { Catalogue } from '../../i18n/catalogue';

export const accountScreens: ScreenDef[] = [
  { path: 'account', nav: 'account', group: 'account', roles: 'all', component: lazy(() => import('./account-screen')) },
];

export const accountNav = { account: { ko: '내 계정', en: 'My account' } } satisfies Catalogue;
