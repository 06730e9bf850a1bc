import type { Catalogue } from '../../../i18n/catalogue';

/** Menu labels of the public's and applicants' screens: announcements, sign-up, the application, my applications, results. */
export const applicantNav = {} satisfies Catalogue;
