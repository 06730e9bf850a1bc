import { defineEvent } from '../schema';

/**
 * Somebody tried to sign up with an e-mail address that already has an account at the institute. The
 * sign-up answers exactly as for a new address (so that nobody learns who is registered); the owner is
 * told by mail instead, with the way to sign in or to reset the password.
 */
export interface SignUpRepeatedV1 {
  /** The existing account. */
  userId: string;
  email: string;
  name: string;
  tenantSlug: string;
  tenantName: string;
  /** Relative paths of the sign-in page and the password-reset page. */
  signInPath: string;
  resetPath: string;
  locale: 'ko' | 'en';
}

export const SignUpRepeatedV1 = defineEvent<SignUpRepeatedV1>({
  type: 'identity.sign_up.repeated',
  version: 1,
  topic: 'identity.account',
  keyOf: (p) => p.userId,
  fields: {
    userId: { kind: 'uuid' },
    email: { kind: 'string' },
    name: { kind: 'string' },
    tenantSlug: { kind: 'string' },
    tenantName: { kind: 'string' },
    signInPath: { kind: 'string' },
    resetPath: { kind: 'string' },
    locale: { kind: 'enum', values: ['ko', 'en'] },
  },
});
