/** The enrollment domain's error codes (stable; the web's catalogues hold their words). */
export const ENROLLMENT_ERROR_CODES = [] as const;
