import { lazy } from 'react';
import type { ScreenDef } from '../../app/screens';
import { BOOK_KEEPERS, READERS } from './roles';

/**
 * The finance domain's screens, in menu order. A line's page sits under the book's path, so the
 * menu shows the book as where it is; those who keep the books edit the quarterly plans.
 */
export const financeScreens: ScreenDef[] = [
  { path: 'finance-book', nav: 'financeBook', group: 'finance', roles: READERS, component: lazy(() => import('./budget-book-screen')) },
  { path: 'finance-book/:fiscalYear/lines/:code', group: 'finance', roles: READERS, component: lazy(() => import('./line-screen')) },
  {
    path: 'finance-plan',
    nav: 'financePlan',
    group: 'finance',
    roles: BOOK_KEEPERS,
    component: lazy(() => import('./quarterly-plan-screen')),
  },
  {
    path: 'finance-report',
    nav: 'financeReport',
    group: 'finance',
    roles: READERS,
    component: lazy(() => import('./execution-report-screen')),
  },
];
