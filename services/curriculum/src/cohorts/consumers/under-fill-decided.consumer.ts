import { EventEnvelope, reliesOn, UnderFillDecidedV1 } from '@baeum/contracts';
import { EventHandler } from '@baeum/messaging';
import { AuthUser, LOGGER } from '@baeum/service-kit';
import { HttpException, Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { EntityManager } from 'typeorm';
import { ChangeCohortUseCase } from '../usecases/change-cohort/change-cohort.usecase';
import { CloseCohortUseCase } from '../usecases/close-cohort/close-cohort.usecase';

/** Who acts when curriculum follows enrollment's decision: the host institute, by no one user. */
const followerOf = (tenantId: string): AuthUser => ({
  userId: '00000000-0000-0000-0000-000000000000',
  tenantId,
  role: 'course_manager',
  agencyCode: null,
  name: '최소 인원 미달 결정 / under-fill decision',
});

/**
 * Follows enrollment's under-fill decision with the use cases the cohort routes call: extend
 * changes the cohort's windows (announced as cohort.changed, whose new cut-off clears the decision
 * in enrollment), merge and cancel cancel it (cohort.cancelled releases what seats are left).
 *
 * What curriculum refuses (the cohort was cancelled or completed meanwhile, or the extension no
 * longer fits its rules) is logged as a warning and the event counts as handled: retrying cannot
 * change the answer, and dead-lettering it would only be replayed into the same refusal. The
 * decision stays recorded in enrollment; the course manager changes or cancels the cohort by hand.
 */
@Injectable()
export class UnderFillDecidedConsumer implements EventHandler<UnderFillDecidedV1> {
  /** What this consumer reads of the event; checked against the contract by consumers.contract.spec.ts. */
  static readonly reliesOn = reliesOn(UnderFillDecidedV1, {
    cohortId: 'uuid',
    decision: { kind: 'enum', values: ['extend', 'merge', 'cancel'] },
    reason: 'string',
    applicationCloses: 'date?',
    minimumFillCutoff: 'date?',
  });
  readonly contract = UnderFillDecidedV1;

  // The use cases are the cohorts feature's, which CohortsModule exports to the messaging module that makes the handlers.
  constructor(
    private readonly changeCohort: ChangeCohortUseCase,
    private readonly closeCohort: CloseCohortUseCase,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async handle(event: EventEnvelope<UnderFillDecidedV1>, tx: EntityManager): Promise<void> {
    const { cohortId, decision, reason, applicationCloses, minimumFillCutoff } = event.payload;
    const actor = followerOf(event.tenantId);
    try {
      if (decision === 'extend')
        await this.changeCohort.execute(
          actor,
          cohortId,
          { applicationCloses, minimumFillCutoff: minimumFillCutoff ?? applicationCloses, reason },
          tx,
        );
      else await this.closeCohort.cancel(actor, cohortId, reason, tx);
    } catch (error) {
      // A refusal (4xx) is final; anything else (the database) is retried as usual.
      if (!(error instanceof HttpException) || error.getStatus() >= 500) throw error;
      this.logger.warn(
        { eventId: event.id, cohortId, decision, refusal: error.getResponse() },
        'curriculum cannot follow the under-fill decision; recorded and skipped',
      );
    }
  }
}
