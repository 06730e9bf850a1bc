import { defineEvent } from '../schema';

/**
 * Someone asked to reset the password of an active account (known, verified, not disabled). The
 * request itself answered alike for every address, known or not; only the owner learns, by this
 * mail, the one-time link that sets a new password. Its token expires at `expiresAt` and is stored by
 * the gateway only as a hash; a newer request ends it.
 */
export interface PasswordResetRequestedV1 {
  userId: string;
  email: string;
  name: string;
  /** The institute's code (`seoul-hrd`) and its name, for the mail's wording. */
  tenantSlug: string;
  tenantName: string;
  /** The path of the link, with its token, relative to the site's public address. */
  resetPath: string;
  expiresAt: string;
  locale: 'ko' | 'en';
}

export const PasswordResetRequestedV1 = defineEvent<PasswordResetRequestedV1>({
  type: 'identity.password_reset.requested',
  version: 1,
  topic: 'identity.account',
  keyOf: (p) => p.userId,
  fields: {
    userId: { kind: 'uuid' },
    email: { kind: 'string' },
    name: { kind: 'string' },
    tenantSlug: { kind: 'string' },
    tenantName: { kind: 'string' },
    resetPath: { kind: 'string' },
    expiresAt: { kind: 'instant' },
    locale: { kind: 'enum', values: ['ko', 'en'] },
  },
});
