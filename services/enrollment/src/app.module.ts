import { MessagingModule } from '@baeum/messaging';
import { dataSourceOptions, ServiceKitModule } from '@baeum/service-kit';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AgencyController } from './agencies/agency.controller';
import { AgencyApplicationsController } from './applications/agency-applications.controller';
import { ApplicationsController } from './applications/applications.controller';
import { CohortApplicationsController } from './applications/cohort-applications.controller';
import { CancelApplicationUseCase } from './applications/usecases/cancel-application/cancel-application.usecase';
import { DecideApprovalUseCase } from './applications/usecases/decide-approval/decide-approval.usecase';
import { DecideUnderFillUseCase } from './applications/usecases/decide-under-fill/decide-under-fill.usecase';
import { MergeCohortUseCase } from './applications/usecases/merge-cohort/merge-cohort.usecase';
import { RecordAssessmentUseCase } from './applications/usecases/record-assessment/record-assessment.usecase';
import { SelectCohortUseCase } from './applications/usecases/select-cohort/select-cohort.usecase';
import { SubmitApplicationUseCase } from './applications/usecases/submit-application/submit-application.usecase';
import { AttendanceController } from './attendance/attendance.controller';
import { RecordAttendanceUseCase } from './attendance/usecases/record-attendance/record-attendance.usecase';
import { UploadAttendanceUseCase } from './attendance/usecases/upload-attendance/upload-attendance.usecase';
import { CohortsController } from './cohorts/cohorts.controller';
import { CompletionController } from './completion/completion.controller';
import { Completions } from './completion/completions';
import { LearningProgressController } from './completion/learning-progress.controller';
import { CompleteCohortUseCase } from './completion/usecases/complete-cohort/complete-cohort.usecase';
import { EnrollmentEnv } from './config/env';
import { CoursePublishedConsumer } from './courses/consumers/course-published.consumer';
import { enrollmentDatabase } from './database/settings';
import { CompletionImportsController } from './elearning/completion-imports.controller';
import { ImportCompletionsUseCase } from './elearning/usecases/import-completions/import-completions.usecase';
import { NotificationsController } from './notifications/notifications.controller';
import { PlanApprovedConsumer } from './plans/consumers/plan-approved.consumer';
import { ReportsController } from './reports/reports.controller';
import { CohortReplica } from './seats/cohort-replica';
import { CohortCancelledConsumer } from './seats/consumers/cohort-cancelled.consumer';
import { CohortChangedConsumer } from './seats/consumers/cohort-changed.consumer';
import { CohortCompletedConsumer } from './seats/consumers/cohort-completed.consumer';
import { CohortScheduledConsumer } from './seats/consumers/cohort-scheduled.consumer';
import { CutoffWatch } from './seats/cutoff-watch';
import { SeatBook } from './seats/seat-book';
import { SeatsController } from './seats/seats.controller';
import { CloseWaitlistUseCase } from './seats/usecases/close-waitlist/close-waitlist.usecase';
import { RunSelectionUseCase } from './seats/usecases/run-selection/run-selection.usecase';
import { SubmitSurveyUseCase } from './surveys/usecases/submit-survey/submit-survey.usecase';
import { SurveysController } from './surveys/surveys.controller';
import { TraineeDirectory } from './trainees/trainee-directory';
import { TraineesController } from './trainees/trainees.controller';
import { CreateTraineeUseCase } from './trainees/usecases/create-trainee/create-trainee.usecase';
import { ImportTraineesUseCase } from './trainees/usecases/import-trainees/import-trainees.usecase';
import { UpdateTraineeUseCase } from './trainees/usecases/update-trainee/update-trainee.usecase';

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
  SelectCohortUseCase,
  DecideUnderFillUseCase,
  RecordAssessmentUseCase,
  RecordAttendanceUseCase,
  UploadAttendanceUseCase,
  CreateTraineeUseCase,
  UpdateTraineeUseCase,
  ImportTraineesUseCase,
  CompleteCohortUseCase,
  SubmitSurveyUseCase,
  ImportCompletionsUseCase,
  CloseWaitlistUseCase,
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
        CohortApplicationsController,
        ApplicationsController,
        AgencyController,
        AgencyApplicationsController,
        TraineesController,
        AttendanceController,
        CompletionController,
        LearningProgressController,
        SurveysController,
        CompletionImportsController,
        ReportsController,
        NotificationsController,
      ],
    };
  }
}
