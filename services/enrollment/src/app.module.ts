import { MessagingModule } from '@baeum/messaging';
import { dataSourceOptions, ServiceKitModule } from '@baeum/service-kit';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AgencyController } from './agencies/agency.controller';
import { ApplicationsController } from './applications/applications.controller';
import { CancelApplicationUseCase } from './applications/usecases/cancel-application/cancel-application.usecase';
import { DecideApprovalUseCase } from './applications/usecases/decide-approval/decide-approval.usecase';
import { RunSelectionUseCase } from './applications/usecases/run-selection/run-selection.usecase';
import { SubmitApplicationUseCase } from './applications/usecases/submit-application/submit-application.usecase';
import { AttendanceController } from './attendance/attendance.controller';
import { CohortReplica } from './cohorts/cohort-replica';
import { CohortsController } from './cohorts/cohorts.controller';
import { CohortCancelledConsumer } from './cohorts/consumers/cohort-cancelled.consumer';
import { CohortChangedConsumer } from './cohorts/consumers/cohort-changed.consumer';
import { CohortCompletedConsumer } from './cohorts/consumers/cohort-completed.consumer';
import { CohortScheduledConsumer } from './cohorts/consumers/cohort-scheduled.consumer';
import { MergeCohortUseCase } from './cohorts/usecases/merge-cohort/merge-cohort.usecase';
import { CompletionController } from './completion/completion.controller';
import { Completions } from './completion/completions';
import { CompleteCohortUseCase } from './completion/usecases/complete-cohort/complete-cohort.usecase';
import { EnrollmentEnv } from './config/env';
import { CoursePublishedConsumer } from './courses/consumers/course-published.consumer';
import { enrollmentDatabase } from './database/settings';
import { CompletionImportsController } from './elearning/completion-imports.controller';
import { ImportCompletionsUseCase } from './elearning/usecases/import-completions/import-completions.usecase';
import { NotificationsController } from './notifications/notifications.controller';
import { PlanApprovedConsumer } from './plans/consumers/plan-approved.consumer';
import { ReportsController } from './reports/reports.controller';
import { CutoffWatch } from './seats/cutoff-watch';
import { SeatBook } from './seats/seat-book';
import { SeatsController } from './seats/seats.controller';
import { SubmitSurveyUseCase } from './surveys/usecases/submit-survey/submit-survey.usecase';
import { SurveysController } from './surveys/surveys.controller';
import { TraineeDirectory } from './trainees/trainee-directory';
import { TraineesController } from './trainees/trainees.controller';

const DOMAIN = [
  SeatBook,
  CohortReplica,
  TraineeDirectory,
  Completions,
  SubmitApplicationUseCase,
  DecideApprovalUseCase,
  CancelApplicationUseCase,
  RunSelectionUseCase,
  MergeCohortUseCase,
  CompleteCohortUseCase,
  SubmitSurveyUseCase,
  ImportCompletionsUseCase,
  CutoffWatch,
];

/** Enrollment's domain services, global so that the event handlers (which the messaging module makes) can use them. */
@Global()
@Module({ providers: DOMAIN, exports: DOMAIN })
class EnrollmentDomainModule {}

@Module({})
export class EnrollmentModule {
  static forRoot(env: EnrollmentEnv, logger: Logger): DynamicModule {
    return {
      module: EnrollmentModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'enrollment', env, logger }),
        TypeOrmModule.forRoot(dataSourceOptions(enrollmentDatabase(env))),
        EnrollmentDomainModule,
        MessagingModule.forService({
          service: 'enrollment',
          handlers: [
            CohortScheduledConsumer,
            CohortChangedConsumer,
            CohortCancelledConsumer,
            CohortCompletedConsumer,
            CoursePublishedConsumer,
            PlanApprovedConsumer,
          ],
        }),
      ],
      controllers: [
        SeatsController,
        CohortsController,
        ApplicationsController,
        AgencyController,
        TraineesController,
        AttendanceController,
        CompletionController,
        SurveysController,
        CompletionImportsController,
        ReportsController,
        NotificationsController,
      ],
    };
  }
}
