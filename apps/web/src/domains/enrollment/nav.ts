import type { Catalogue } from '../../i18n/catalogue';

/** Menu labels of the enrollment domain's screens (loaded at start, with the menu). */
export const enrollmentNav = {} satisfies Catalogue;
