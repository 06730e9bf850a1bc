import { TraineeLinkedV1 } from '@baeum/contracts';
import type { EventPublisher } from '@baeum/messaging';
import type { EntityManager } from 'typeorm';

/** What `enrollment.trainee.linked` says of a trainee record. */
export type TraineeLink = { id: string; userId: string | null; agencyCode: string };

/**
 * Announces trainees made or linked to another account, in the transaction that wrote them: seat and
 * completion events name the trainee only, and the notification service finds the person by this.
 */
export async function announceTraineeLinks(
  tx: EntityManager,
  publisher: EventPublisher,
  tenantId: string,
  trainees: TraineeLink[],
): Promise<void> {
  if (trainees.length === 0) return;
  const linkedAt = new Date().toISOString();
  await publisher.publishMany(
    tx,
    TraineeLinkedV1,
    tenantId,
    trainees.map((t) => ({ traineeId: t.id, userId: t.userId, agencyCode: t.agencyCode, linkedAt })),
  );
}
