/** The institute administrator's work on users (the gateway's admin-users). Stable; the web's catalogues hold their words. */
export const ADMIN_ERROR_CODES = [
  /** An administrator cannot disable their own account (field id). */
  'ADMIN.SELF_DISABLE',
  /** An administrator cannot take their own admin role away (field roles). */
  'ADMIN.SELF_DEMOTE',
  /** The institute's last active administrator cannot be disabled or lose the admin role. */
  'ADMIN.LAST_ADMIN',
  /** A role the administrator cannot give here (applicants sign up; trainees are issued with their record). */
  'ADMIN.ROLE_NOT_ASSIGNABLE',
  /** A role switch to a role the user does not hold (403). */
  'AUTH.ROLE_NOT_HELD',
  /** An inbox item that is not the caller's (or not there): nobody learns of another's items. */
  'INBOX.ITEM_NOT_FOUND',
  /** Quiet hours that start when they end (field quietEnd): give two different times, or none. */
  'NOTIFY.QUIET_HOURS_EMPTY',
  /** Only one of the quiet hours' start and end given (field quietStart or quietEnd). */
  'NOTIFY.QUIET_HOURS_HALF',
] as const;
