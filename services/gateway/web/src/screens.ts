import { renderAccount } from './account';
import type { Session, User } from './api';
import { renderCalendar } from './curriculum/calendar';
import { renderCatalog } from './curriculum/catalog';
import { renderCohorts } from './curriculum/cohorts';
import { renderPlans } from './curriculum/plans';
import { renderResources } from './curriculum/resources';
import { renderSurveys } from './curriculum/surveys';
import { renderAnnouncements } from './examination/announcements';
import { renderApply } from './examination/apply';
import { renderAssessorForm } from './examination/assessor';
import { renderFeedback } from './examination/feedback';
import { renderMyApplications } from './examination/my-applications';
import { renderExamConsole } from './examination/officer';
import { renderAssessmentConsole } from './examination/officer-assessments';
import { renderResults } from './examination/results';
import { renderSignup } from './examination/signup';
import { financeScreens } from './finance/screens';
import { enrollmentScreens } from './enrollment/screens';
import type { Key } from './i18n';

/**
 * The screens of the app, in menu order. Each domain adds its screens here; a screen shows in the
 * menu of the roles it lists and is reached at `#/<path>`. `render` fills `main` and returns a
 * clean-up that stops its timers and listeners when the user leaves.
 */
export interface Screen {
  path: string;
  label: Key;
  roles: readonly string[] | 'all';
  render(main: HTMLElement, user: User, params: URLSearchParams): () => void;
}

const CURRICULUM_STAFF = ['admin', 'planner', 'course_manager'];
/** Staff, agency admins and trainees: everyone but the public (applicants) and assessors. */
const INSTITUTE_USERS = ['admin', 'planner', 'course_manager', 'exam_officer', 'finance_officer', 'agency_admin', 'trainee'];
/** Trainees start at their own course catalog (enrollment's 수강신청) rather than the staff's cohort table. */
const COHORT_VIEWERS = INSTITUTE_USERS.filter((role) => role !== 'trainee');

export const screens: Screen[] = [
  { path: 'cohorts', label: 'nav.cohorts', roles: COHORT_VIEWERS, render: renderCohorts },
  { path: 'calendar', label: 'nav.calendar', roles: CURRICULUM_STAFF, render: renderCalendar },
  { path: 'catalog', label: 'nav.catalog', roles: CURRICULUM_STAFF, render: renderCatalog },
  { path: 'plans', label: 'nav.plans', roles: [...CURRICULUM_STAFF, 'finance_officer'], render: renderPlans },
  { path: 'resources', label: 'nav.resources', roles: CURRICULUM_STAFF, render: renderResources },
  ...enrollmentScreens,
  { path: 'surveys', label: 'nav.surveys', roles: INSTITUTE_USERS, render: renderSurveys },
  { path: 'exam-announcements', label: 'nav.exam.announcements', roles: 'all', render: (main, user) => renderAnnouncements(main, user) },
  { path: 'exam-apply', label: 'nav.exam.apply', roles: ['applicant'], render: renderApply },
  { path: 'exam-my', label: 'nav.exam.my', roles: ['applicant'], render: renderMyApplications },
  { path: 'exam-results', label: 'nav.exam.results', roles: ['applicant'], render: renderResults },
  { path: 'exam-officer', label: 'nav.exam.console', roles: ['exam_officer', 'admin'], render: renderExamConsole },
  { path: 'exam-assessments', label: 'nav.exam.assessments', roles: ['exam_officer', 'admin'], render: renderAssessmentConsole },
  { path: 'exam-rating', label: 'nav.exam.rating', roles: ['assessor'], render: renderAssessorForm },
  { path: 'exam-feedback', label: 'nav.exam.feedback', roles: ['trainee'], render: renderFeedback },
  ...financeScreens,
  { path: 'account', label: 'nav.account', roles: 'all', render: renderAccount },
];

/** Screens anyone may open without signing in, linked from the sign-in page. */
export interface PublicScreen {
  path: string;
  label: Key;
  /** `onSignedIn` takes a session that the screen itself started (a sign-up) into the app. */
  render(main: HTMLElement, onSignedIn: (session: Session) => void): () => void;
}

export const publicScreens: PublicScreen[] = [
  { path: 'exam-announcements', label: 'nav.exam.announcements', render: (main) => renderAnnouncements(main, null) },
  { path: 'exam-signup', label: 'nav.exam.signup', render: (main, onSignedIn) => renderSignup(main, onSignedIn) },
];

/** A user still on a temporary password sees only their account, to set a new one. */
export const screensFor = (user: User): Screen[] =>
  user.mustChangePassword ? screens.filter((s) => s.path === 'account') : screens.filter((s) => s.roles === 'all' || s.roles.includes(user.role));
