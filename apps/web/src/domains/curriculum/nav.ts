import type { Catalogue } from '../../i18n/catalogue';

/** Menu labels of the curriculum domain's screens (loaded at start, with the menu). */
export const curriculumNav = {} satisfies Catalogue;
