import { Module } from '@nestjs/common';
import { CohortCancelledConsumer, CohortChangedConsumer } from './consumers/cohort-changed.consumer';
import { CohortScheduledConsumer } from './consumers/cohort-scheduled.consumer';
import { PreparatoryCohortQueries } from './preparatory-cohort-queries';
import { PreparatoryCohortsController } from './preparatory-cohorts.controller';

/** The replica of curriculum's preparatory cohorts. */
@Module({
  controllers: [PreparatoryCohortsController],
  providers: [PreparatoryCohortQueries],
})
export class PreparatoryCoursesModule {
  /** Event handlers, run by MessagingModule (app.module.ts hands them to it). */
  static readonly consumers = [CohortScheduledConsumer, CohortChangedConsumer, CohortCancelledConsumer];
}
