import type { EventEnvelope } from '@baeum/contracts';
import type { AuthUser } from '@baeum/service-kit';

/** Who records an entry: a signed-in user, or the service whose event caused it. */
export interface Actor {
  userId: string | null;
  name: string;
}

export const actorOf = (event: EventEnvelope): Actor => ({ userId: null, name: event.source });
export const actorOfUser = (user: AuthUser): Actor => ({ userId: user.userId, name: user.name });
