import type { Catalogue } from '../../i18n/catalogue';
import { applicantNav } from './applicant/nav';
import { assessmentNav } from './assessments/nav';
import { officerNav } from './officer/nav';
import { planNav } from './plans/nav';

/** Menu labels of the examination domain's screens (loaded at start, with the menu). */
export const examinationNav = { ...applicantNav, ...officerNav, ...assessmentNav, ...planNav } satisfies Catalogue;
