import type { UserChangedV1 } from '@baeum/contracts';

/** Keep what the gateway announced of a user. The actor is the event. */
export interface RecordContactCommand {
  tenantId: string;
  occurredAt: string;
  user: UserChangedV1;
}
