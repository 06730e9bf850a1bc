import { Module } from '@nestjs/common';
import { BudgetLinesModule } from '../budget-lines/budget-lines.module';
import { CohortsController } from './cohorts.controller';
import { CohortCompletionDecidedConsumer } from './consumers/cohort-completion-decided.consumer';
import { FillChangedConsumer } from './consumers/fill-changed.consumer';
import { SurveySubmittedConsumer } from './consumers/survey-submitted.consumer';
import { UnderFillDecidedConsumer } from './consumers/under-fill-decided.consumer';
import { CourseDetailController } from './course-detail.controller';
import { CoursePageController } from './course-page.controller';
import { SchedulesController } from './schedules.controller';
import { ChangeCohortUseCase } from './usecases/change-cohort/change-cohort.usecase';
import { CloseCohortUseCase } from './usecases/close-cohort/close-cohort.usecase';
import { ScheduleCohortUseCase } from './usecases/schedule-cohort/schedule-cohort.usecase';

/**
 * Cohorts (차수): scheduled in a course, a room and with instructors, so above those, and with them what
 * shows cohorts for a course, a room or an instructor. Its consumers keep each cohort's fill and rate
 * the instructors who taught it; under-fill decisions made in enrollment change or cancel the cohort, and
 * enrollment's completion (수료 처리) ends it.
 */
@Module({
  imports: [BudgetLinesModule],
  controllers: [CohortsController, CourseDetailController, CoursePageController, SchedulesController],
  providers: [ScheduleCohortUseCase, ChangeCohortUseCase, CloseCohortUseCase],
  // For the under-fill decisions' and completion's consumers, which the messaging module builds in its own scope.
  exports: [ChangeCohortUseCase, CloseCohortUseCase],
})
export class CohortsModule {
  /** Event handlers, run by MessagingModule (app.module.ts hands them to it). */
  static readonly consumers = [FillChangedConsumer, SurveySubmittedConsumer, UnderFillDecidedConsumer, CohortCompletionDecidedConsumer];
}
