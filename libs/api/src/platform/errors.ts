/** The platform operator's work on institutes (the gateway's platform feature). Stable; the web's catalogues hold their words. */
export const PLATFORM_ERROR_CODES = [
  /** An institute of that code exists (or the code is the platform's own) (409, field code). */
  'PLATFORM.INSTITUTE_CODE_TAKEN',
  /** No institute of that id (the platform's own tenant is none either) (404). */
  'PLATFORM.INSTITUTE_UNKNOWN',
  /** Sign-in to an institute the platform operator deactivated, after the right password (403). */
  'AUTH.INSTITUTE_INACTIVE',
] as const;
