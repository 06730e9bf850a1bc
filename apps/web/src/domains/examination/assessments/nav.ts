import type { Catalogue } from '../../../i18n/catalogue';

/** Menu labels of competency assessments: the officer's rounds, the assessor's rating form, the trainee's feedback. */
export const assessmentNav = {} satisfies Catalogue;
