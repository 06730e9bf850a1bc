import { UserChangedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { EntityManager } from 'typeorm';
import { User } from './user.entity';

/** The whole contact of a user as it now stands: what the notification service keeps of them. */
export function userChanged(user: User, locale?: 'ko' | 'en'): UserChangedV1 {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    ...(locale ? { locale } : {}),
    roles: user.roles && user.roles.length > 0 ? [...user.roles] : [user.role],
    ...(user.agencyCode ? { agencyCode: user.agencyCode } : {}),
    ...(user.phone ? { phone: user.phone } : {}),
    active: !user.disabledAt && !!user.verifiedAt,
  };
}

/**
 * Announces users made or changed (`identity.user.changed`), in the transaction that wrote them, so
 * the notification service's contacts follow the gateway's users. One call per tenant's users.
 */
export async function announceUsers(
  tx: EntityManager,
  publisher: EventPublisher,
  users: User[],
  locale?: 'ko' | 'en',
  options: { instituteActive?: boolean } = {},
): Promise<void> {
  await publisher.publishPerTenant(
    tx,
    UserChangedV1,
    users,
    (u) => u.tenantId,
    // A stopped institute's people are told nothing, whatever their own accounts' state.
    (u) => {
      const change = userChanged(u, locale);
      return options.instituteActive === false ? { ...change, active: false } : change;
    },
  );
}
