import { defineEvent } from '../schema';

/**
 * A member of the public asked for an applicant account with an e-mail address nobody holds at the
 * institute: the account waits, unusable, until its owner opens the one-time link sent to that address.
 * The link's token is carried so that the mail can be written by the notification service; it expires
 * at `expiresAt` and is stored by the gateway only as a hash.
 */
export interface SignUpVerificationRequestedV1 {
  userId: string;
  email: string;
  name: string;
  /** The institute's address on the site (`seoul-hrd`) and its name, for the mail's wording. */
  tenantSlug: string;
  tenantName: string;
  /** The path of the link, with its token, relative to the site's public address. */
  verifyPath: string;
  expiresAt: string;
  locale: 'ko' | 'en';
}

export const SignUpVerificationRequestedV1 = defineEvent<SignUpVerificationRequestedV1>({
  type: 'identity.sign_up.verification_requested',
  version: 1,
  topic: 'identity.account',
  keyOf: (p) => p.userId,
  fields: {
    userId: { kind: 'uuid' },
    email: { kind: 'string' },
    name: { kind: 'string' },
    tenantSlug: { kind: 'string' },
    tenantName: { kind: 'string' },
    verifyPath: { kind: 'string' },
    expiresAt: { kind: 'instant' },
    locale: { kind: 'enum', values: ['ko', 'en'] },
  },
});
