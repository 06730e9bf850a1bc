import type { Catalogue } from '../../i18n/catalogue';

/** Menu labels of the finance domain's screens (loaded at start, with the menu). */
export const financeNav = {} satisfies Catalogue;
