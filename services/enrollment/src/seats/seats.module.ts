import { Global, Module } from '@nestjs/common';
import { CohortReplica } from './cohort-replica';
import { CohortCancelledConsumer } from './consumers/cohort-cancelled.consumer';
import { CohortChangedConsumer } from './consumers/cohort-changed.consumer';
import { CohortCompletedConsumer } from './consumers/cohort-completed.consumer';
import { CohortScheduledConsumer } from './consumers/cohort-scheduled.consumer';
import { CutoffWatch } from './cutoff-watch';
import { SeatBook } from './seat-book';
import { SeatsController } from './seats.controller';
import { CloseWaitlistUseCase } from './usecases/close-waitlist/close-waitlist.usecase';
import { RunSelectionUseCase } from './usecases/run-selection/run-selection.usecase';

/**
 * The seat book, the selection and the cut-off watch (which runs them when dates say so). Exports the
 * seat book and the selection, which applications and completion use.
 */
@Module({
  controllers: [SeatsController],
  providers: [SeatBook, RunSelectionUseCase, CloseWaitlistUseCase, CutoffWatch],
  exports: [SeatBook, RunSelectionUseCase],
})
export class SeatsModule {
  /** Event handlers, run by MessagingModule (app.module.ts hands them to it); they inject the cohort replica. */
  static readonly consumers = [CohortScheduledConsumer, CohortChangedConsumer, CohortCancelledConsumer, CohortCompletedConsumer];
}

/**
 * The cohort replica, which only the cohort events' handlers inject. MessagingModule provides and runs
 * the handlers handed to it and, like any module, sees only its imports and the global modules; so the
 * replica (and nothing else of seats) is global.
 */
@Global()
@Module({
  imports: [SeatsModule],
  providers: [CohortReplica],
  exports: [CohortReplica],
})
export class CohortReplicaModule {}
