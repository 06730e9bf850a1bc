import { defineEvent } from '../schema';

/**
 * A user was made or changed (name, address, roles, agency, disabled or enabled, sign-up confirmed).
 * Always the whole contact as it now stands, so a consumer keeps the latest and needs no other
 * event; the gateway also publishes one per existing user once (a backfill), so directories kept
 * from these events start complete. `active` is false while the account cannot sign in (disabled,
 * or a sign-up not yet confirmed).
 */
export interface UserChangedV1 {
  userId: string;
  email: string;
  name: string;
  /** The language the person asked for, when known; mails are Korean first either way. */
  locale?: 'ko' | 'en';
  roles: string[];
  /** The agency (기관) of a trainee or agency admin, when they belong to one. */
  agencyCode?: string;
  /**
   * The person's own mobile number for text messages (`010-1234-5678`), when they gave one. Personal
   * data: only the notification service keeps it (docs/architecture.md, rule 9).
   */
  phone?: string;
  active: boolean;
}

export const UserChangedV1 = defineEvent<UserChangedV1>({
  type: 'identity.user.changed',
  version: 1,
  topic: 'identity.account',
  keyOf: (p) => p.userId,
  fields: {
    userId: { kind: 'uuid' },
    email: { kind: 'string' },
    name: { kind: 'string' },
    locale: { kind: 'enum', values: ['ko', 'en'], optional: true },
    roles: { kind: 'strings' },
    agencyCode: { kind: 'string', optional: true },
    phone: { kind: 'string', optional: true },
    active: { kind: 'boolean' },
  },
});
