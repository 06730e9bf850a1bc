import type { Catalogue } from '../../../i18n/catalogue';

/** Menu labels of the exam officer's console and the exam season. */
export const officerNav = {} satisfies Catalogue;
