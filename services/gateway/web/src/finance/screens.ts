import type { Screen } from '../screens';
import { renderBudgetBook } from './budget-book';
import { renderExecutionReport } from './execution-report';
import { renderQuarterlyPlan } from './quarterly-plan';

/** Institute staff read the books and the report; those who keep the books edit the plans. */
const READERS = ['admin', 'planner', 'course_manager', 'exam_officer', 'finance_officer'];

/** The finance screens, in menu order. A line's page is the book's screen with `code` in its address. */
export const financeScreens: Screen[] = [
  { path: 'finance-book', label: 'nav.financeBook', roles: READERS, render: renderBudgetBook },
  { path: 'finance-plan', label: 'nav.financePlan', roles: ['admin', 'planner', 'finance_officer'], render: renderQuarterlyPlan },
  { path: 'finance-report', label: 'nav.financeReport', roles: READERS, render: renderExecutionReport },
];
