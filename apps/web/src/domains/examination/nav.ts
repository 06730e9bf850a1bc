import type { Catalogue } from '../../i18n/catalogue';

/** Menu labels of the examination domain's screens (loaded at start, with the menu). */
export const examinationNav = {} satisfies Catalogue;
