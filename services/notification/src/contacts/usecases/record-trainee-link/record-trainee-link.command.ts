import type { TraineeLinkedV1 } from '@baeum/contracts';

/** Keep what enrollment announced of a trainee's account link. The actor is the event. */
export interface RecordTraineeLinkCommand {
  tenantId: string;
  link: TraineeLinkedV1;
}
