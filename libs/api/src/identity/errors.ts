/** Sign-in, sign-up and accounts (the gateway's identity). Stable; the web's catalogues hold their words. */
export const IDENTITY_ERROR_CODES = [
  /** Unknown institute, e-mail or password: all answer alike. */
  'AUTH.BAD_CREDENTIALS',
  /** A password of fewer than the rule's kinds of character. */
  'AUTH.PASSWORD_RULE',
  /** Shorter than 10 characters, common, breached or easy to guess (zxcvbn score under 3): docs/adr/0007-password-policy.md. */
  'AUTH.WEAK_PASSWORD',
  'AUTH.WRONG_CURRENT_PASSWORD',
  'AUTH.SAME_PASSWORD',
  'AUTH.EMAIL_TAKEN',
  'AUTH.PRIVACY_CONSENT_REQUIRED',
  'AUTH.INSTITUTE_UNKNOWN',
  'AUTH.USER_UNKNOWN',
  /** A sign-up's link that is unknown, used or expired: all answer alike (field token). */
  'AUTH.VERIFICATION_INVALID',
  /** A password-reset link that is unknown, used, replaced or expired: all answer alike (field token). */
  'AUTH.RESET_INVALID',
  /** A mobile number not in the form 010-XXXX-XXXX (field phone). */
  'AUTH.PHONE_INVALID',
] as const;
