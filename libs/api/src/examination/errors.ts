/** The examination domain's error codes (stable; the web's catalogues hold their words). */
export const EXAMINATION_ERROR_CODES = [] as const;
