import { Module } from '@nestjs/common';
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
 * The seat book, the selection and the cut-off watch (which runs them when dates say so), and the cohort
 * replica the cohort events keep. Exports the seat book and the selection, which applications and
 * completion use, and the replica, which only the cohort events' handlers inject (the messaging module,
 * which builds them in its own scope, imports this module for them).
 */
@Module({
  controllers: [SeatsController],
  providers: [SeatBook, RunSelectionUseCase, CloseWaitlistUseCase, CutoffWatch, CohortReplica],
  exports: [SeatBook, RunSelectionUseCase, CohortReplica],
})
export class SeatsModule {
  /** Event handlers, run by MessagingModule (app.module.ts hands them to it); they inject the cohort replica. */
  static readonly consumers = [CohortScheduledConsumer, CohortChangedConsumer, CohortCancelledConsumer, CohortCompletedConsumer];
}
