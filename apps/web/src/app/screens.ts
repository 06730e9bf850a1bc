import type { ComponentType, LazyExoticComponent } from 'react';
import type { Role } from '../api/session';

export type NavGroup = 'curriculum' | 'enrollment' | 'examination' | 'finance' | 'admin' | 'platform' | 'account';

/**
 * One screen of the app. A domain lists its screens in `domains/<domain>/routes.ts`; a screen with a
 * `nav` key shows in the menu of the roles it names (words in the `nav` catalogue); `public`
 * screens open without signing in.
 */
export interface ScreenDef {
  /** The path under the app, without the leading slash: 'cohorts', 'cohorts/:id/edit'. */
  path: string;
  /** Key of the menu label in the `nav` catalogue; screens without one are reached by links. */
  nav?: string;
  group: NavGroup;
  roles: readonly Role[] | 'all';
  component: LazyExoticComponent<ComponentType> | ComponentType;
  /** Opens without signing in (and shows the sign-in link in the header). */
  public?: boolean;
}

/** Every role of an institute's people; `roles: 'all'` means these (the platform operator is of no institute). */
export const ALL_ROLES: readonly Role[] = [
  'admin',
  'planner',
  'course_manager',
  'exam_officer',
  'finance_officer',
  'agency_admin',
  'trainee',
  'applicant',
  'assessor',
];

/** Whether a screen is for a role: 'all' is every institute role, so the platform operator gets only screens naming them. */
export const isFor = (screen: ScreenDef, role: Role): boolean =>
  screen.roles === 'all' ? ALL_ROLES.includes(role) : screen.roles.includes(role);

export const mayOpen = (screen: ScreenDef, role: Role | undefined): boolean =>
  screen.public === true || (role !== undefined && isFor(screen, role));
