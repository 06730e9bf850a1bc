import type { Catalogue } from '../../../i18n/catalogue';

/** Menu labels of the exam officer's console and the exam season. */
export const officerNav = {
  examOfficer: { ko: '시험 관리', en: 'Exam console' },
} satisfies Catalogue;
