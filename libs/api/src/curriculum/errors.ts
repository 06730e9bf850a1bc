/** The curriculum domain's error codes (stable; the web's catalogues hold their words). */
export const CURRICULUM_ERROR_CODES = [] as const;
