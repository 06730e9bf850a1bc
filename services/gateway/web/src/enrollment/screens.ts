import type { Screen } from '../screens';
import { renderAgency } from './agency';
import { renderCatalog } from './catalog';
import './enrollment.css';
import { renderImports } from './imports';
import { renderMyTraining } from './my-training';
import { renderReports } from './reports';
import { renderRoster } from './roster';
import { renderSurvey } from './survey';

/** The enrollment screens, in menu order, with the roles that see each. */
export const enrollmentScreens: Screen[] = [
  { path: 'course-apply', label: 'nav.courseApply', roles: ['trainee'], render: renderCatalog },
  { path: 'my-training', label: 'nav.myTraining', roles: ['trainee'], render: renderMyTraining },
  { path: 'survey', label: 'nav.survey', roles: ['trainee'], render: renderSurvey },
  { path: 'agency', label: 'nav.agency', roles: ['agency_admin'], render: renderAgency },
  { path: 'roster', label: 'nav.roster', roles: ['course_manager', 'admin'], render: renderRoster },
  { path: 'completion-imports', label: 'nav.imports', roles: ['course_manager', 'admin'], render: renderImports },
  { path: 'enrollment-reports', label: 'nav.reports', roles: ['course_manager', 'planner', 'admin'], render: renderReports },
];
