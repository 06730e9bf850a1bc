/** The finance domain's error codes (stable; the web's catalogues hold their words). */
export const FINANCE_ERROR_CODES = [] as const;
