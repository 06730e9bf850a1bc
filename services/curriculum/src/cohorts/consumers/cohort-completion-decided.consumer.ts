import { CohortCompletionDecidedV1, EventEnvelope, reliesOn } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { AuthUser, LOGGER } from '@baeum/service-kit';
import { HttpException, Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { EntityManager } from 'typeorm';
import { Cohort } from '../cohort.entity';
import { CloseCohortUseCase } from '../usecases/close-cohort/close-cohort.usecase';

/** Who acts when curriculum follows enrollment's completion: the host institute, by no one user. */
const followerOf = (tenantId: string): AuthUser => ({
  userId: '00000000-0000-0000-0000-000000000000',
  tenantId,
  role: 'course_manager',
  agencyCode: null,
  name: '수료 처리 / completion',
});

/**
 * Follows enrollment's completion (수료 처리) by ending the cohort (교육 종료) with the use case the
 * cohort's route calls, so one action completes the cohort everywhere; `curriculum.cohort.completed`
 * then freezes enrollment's seats. A cohort already completed (by its route, or an earlier run) is
 * left as it is. What curriculum refuses otherwise (cancelled meanwhile, or its last day moved
 * later) is logged as a warning and the event counts as handled: retrying cannot change the answer.
 */
@Injectable()
export class CohortCompletionDecidedConsumer implements EventHandler<CohortCompletionDecidedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(CohortCompletionDecidedV1, { cohortId: 'uuid' });
  readonly contract = CohortCompletionDecidedV1;

  constructor(
    private readonly closeCohort: CloseCohortUseCase,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async handle(event: EventEnvelope<CohortCompletionDecidedV1>, tx: EntityManager): Promise<void> {
    const { cohortId } = event.payload;
    const current = await tx.findOne(Cohort, { where: { id: cohortId, tenantId: event.tenantId } });
    if (current?.status === 'completed') return;
    try {
      await this.closeCohort.complete(followerOf(event.tenantId), cohortId, tx);
    } catch (error) {
      // A refusal (4xx) is final; anything else (the database) is retried as usual.
      if (!(error instanceof HttpException) || error.getStatus() >= 500) throw error;
      this.logger.warn(
        { eventId: event.id, cohortId, refusal: error.getResponse() },
        'curriculum cannot end the cohort after its completion; recorded and skipped',
      );
    }
  }
}
