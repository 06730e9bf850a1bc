import { defineEvent } from '../schema';

/**
 * A trainee record was made, or the sign-in account it is linked to changed (`userId` null: none).
 * Keyed by trainee, so one trainee's links arrive in order; a consumer keeps the newest by `linkedAt`.
 * Seat and completion events name the trainee only: this is how a consumer finds the person.
 */
export interface TraineeLinkedV1 {
  traineeId: string;
  userId: string | null;
  agencyCode: string;
  linkedAt: string;
}

export const TraineeLinkedV1 = defineEvent<TraineeLinkedV1>({
  type: 'enrollment.trainee.linked',
  version: 1,
  topic: 'enrollment.trainee',
  keyOf: (p) => p.traineeId,
  fields: {
    traineeId: { kind: 'uuid' },
    userId: { kind: 'uuid', optional: true },
    agencyCode: { kind: 'string' },
    linkedAt: { kind: 'instant' },
  },
});
