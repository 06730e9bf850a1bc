import type { Catalogue } from '../../../i18n/catalogue';

/** Every word of these examination screens, Korean first, terms as in the glossary. */
export const examApplicant = {} satisfies Catalogue;
