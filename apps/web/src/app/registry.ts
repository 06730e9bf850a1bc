import { adminNav } from '../domains/admin/nav';
import { adminScreens } from '../domains/admin/routes';
import { curriculumNav } from '../domains/curriculum/nav';
import { curriculumScreens } from '../domains/curriculum/routes';
import { enrollmentNav } from '../domains/enrollment/nav';
import { enrollmentScreens } from '../domains/enrollment/routes';
import { examinationNav } from '../domains/examination/nav';
import { examinationScreens } from '../domains/examination/routes';
import { financeNav } from '../domains/finance/nav';
import { financeScreens } from '../domains/finance/routes';
import { instituteNav } from '../domains/institute/nav';
import { instituteScreens } from '../domains/institute/routes';
import { platformNav } from '../domains/platform/nav';
import { platformScreens } from '../domains/platform/routes';
import { registerCatalogue } from '../i18n/i18n';
import { accountNav, accountScreens } from '../screens/account/routes';
import { authScreens } from '../screens/auth/routes';
import type { Role } from '../api/session';
import type { ScreenDef } from './screens';

/** Every screen of the app, in menu order. */
export const SCREENS: ScreenDef[] = [
  ...curriculumScreens,
  ...enrollmentScreens,
  ...examinationScreens,
  ...financeScreens,
  ...adminScreens,
  ...instituteScreens,
  ...platformScreens,
  ...accountScreens,
  ...authScreens,
];

/**
 * Where each role starts: the screen of its everyday work (a trainee's course catalog, an agency
 * admin's nominations, an exam officer's console). Roles not named start at their first menu item.
 */
export const ROLE_HOMES: Partial<Record<Role, string>> = {
  trainee: 'course-apply',
  agency_admin: 'agency',
  exam_officer: 'exam-officer',
  finance_officer: 'finance-book',
  assessor: 'exam-rating',
  platform_operator: 'platform/institutes',
};

/** The menu's words load with the app; each domain's other words load with its screens. */
export const navCatalogue = {
  ...curriculumNav,
  ...enrollmentNav,
  ...examinationNav,
  ...financeNav,
  ...adminNav,
  ...instituteNav,
  ...platformNav,
  ...accountNav,
};
registerCatalogue('nav', navCatalogue);
