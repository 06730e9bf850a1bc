import type { UnderFillDecision } from '@baeum/api';
import { AuthUser, conflict } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { cohortNotFound, isUnderFilled } from '../../../cohorts/cohort-rules';
import { SeatBook } from '../../../seats/seat-book';
import { recordUnderFillDecision } from '../../../seats/seats.queries';
import { MergeCohortUseCase } from '../merge-cohort/merge-cohort.usecase';

/** The course manager's choice for their institute's under-filled cohort; a merge names the cohort it goes into. */
export interface DecideUnderFillCommand {
  actor: AuthUser;
  cohortId: string;
  decision: UnderFillDecision;
  targetCohortId?: string;
}

/**
 * The under-fill decision. Extending applications and cancelling are curriculum's changes to the
 * cohort (the gateway asks curriculum for them); merging moves the trainees here, now. Either way
 * the decision is recorded and the cohort no longer awaits one.
 */
@Injectable()
export class DecideUnderFillUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: SeatBook,
    private readonly merge: MergeCohortUseCase,
  ) {}

  execute({
    actor,
    cohortId,
    decision,
    targetCohortId,
  }: DecideUnderFillCommand): Promise<{ cohortId: string; decision: UnderFillDecision; moved: number }> {
    return this.dataSource.transaction(async (tx) => {
      const cohort = await this.seats.lock(tx, cohortId);
      if (!cohort || cohort.tenantId !== actor.tenantId) throw cohortNotFound();
      if (!isUnderFilled(cohort))
        throw conflict('UNDER_FILL.NOT_AWAITING', {
          message: '최소 인원 미달로 결정을 기다리는 기수가 아닙니다 / The cohort is not awaiting an under-fill decision',
        });
      const merged = decision === 'merge' ? await this.merge.execute(tx, cohort, targetCohortId!) : null;
      await recordUnderFillDecision(tx, cohortId, decision);
      return { cohortId, decision, moved: merged?.moved ?? 0 };
    });
  }
}
