import { ApplicationCancelledV1, ApplicationSubmittedV1, EventEnvelope, FeePaidV1, FeeRefundedV1, reliesOn } from '@baeum/contracts';
import { BatchEnd, EventHandler } from '@baeum/messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { countApplicant, countPaidFee } from '../exam-queries';

/*
 * 경쟁률: each position's applications and paid fees, counted from examination's own application
 * events rather than in the submission's transaction, so that thousands of applicants to one
 * position do not queue on its row at the busiest moment of the season. The consumer group is
 * shared by every instance; its lag is what KEDA scales examination on.
 */

/** Per consumer transaction, how much each position's count moves and is not written yet. */
const unwritten = new WeakMap<EntityManager, Map<string, number>>();

/**
 * Moves the position's count by `by` at the end of the transaction: one update per position however
 * many of its events a batch holds, and the position's row locked only from then to the commit, not
 * for the whole batch, while the batches of other partitions count the same position.
 */
function countAtEnd(tx: EntityManager, batch: BatchEnd, positionId: string, by: 1 | -1): void {
  let moves = unwritten.get(tx);
  if (!moves) unwritten.set(tx, (moves = new Map()));
  moves.set(positionId, (moves.get(positionId) ?? 0) + by);
  batch.settle(`applicants:${positionId}`, async () => {
    const total = moves.get(positionId) ?? 0;
    moves.delete(positionId);
    if (total !== 0) await countApplicant(tx, positionId, total);
  });
}

@Injectable()
export class CountSubmittedApplication implements EventHandler<ApplicationSubmittedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(ApplicationSubmittedV1, { positionId: 'uuid' });
  readonly contract = ApplicationSubmittedV1;

  async handle(event: EventEnvelope<ApplicationSubmittedV1>, tx: EntityManager, batch: BatchEnd): Promise<void> {
    countAtEnd(tx, batch, event.payload.positionId, 1);
  }
}

@Injectable()
export class CountCancelledApplication implements EventHandler<ApplicationCancelledV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(ApplicationCancelledV1, { positionId: 'uuid' });
  readonly contract = ApplicationCancelledV1;

  async handle(event: EventEnvelope<ApplicationCancelledV1>, tx: EntityManager, batch: BatchEnd): Promise<void> {
    countAtEnd(tx, batch, event.payload.positionId, -1);
  }
}

@Injectable()
export class CountPaidFee implements EventHandler<FeePaidV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(FeePaidV1, { applicationId: 'uuid' });
  readonly contract = FeePaidV1;

  async handle(event: EventEnvelope<FeePaidV1>, tx: EntityManager): Promise<void> {
    await countPaidFee(tx, event.payload.applicationId, 1);
  }
}

@Injectable()
export class CountRefundedFee implements EventHandler<FeeRefundedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(FeeRefundedV1, { applicationId: 'uuid' });
  readonly contract = FeeRefundedV1;

  async handle(event: EventEnvelope<FeeRefundedV1>, tx: EntityManager): Promise<void> {
    await countPaidFee(tx, event.payload.applicationId, -1);
  }
}

export const APPLICATION_COUNTERS = [CountSubmittedApplication, CountCancelledApplication, CountPaidFee, CountRefundedFee];
