import { MessagingModule } from '@baeum/messaging';
import { dataSourceOptions, SERVICE_ENV, ServiceKitModule } from '@baeum/service-kit';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { ApplicationQueries } from './applications/application-queries';
import { ApplicationsController } from './applications/applications.controller';
import { CancelApplicationUseCase } from './applications/usecases/cancel-application/cancel-application.usecase';
import { CancelAsIneligibleUseCase } from './applications/usecases/cancel-as-ineligible/cancel-as-ineligible.usecase';
import { Cancellation } from './applications/cancellation';
import { EditApplicationUseCase } from './applications/usecases/edit-application/edit-application.usecase';
import { SubmitApplicationUseCase } from './applications/usecases/submit-application/submit-application.usecase';
import { AssessmentQueries } from './assessments/assessment-queries';
import { AssessmentsController } from './assessments/assessments.controller';
import { FeedbackReports } from './assessments/feedback';
import { AddCandidateUseCase } from './assessments/usecases/add-candidate/add-candidate.usecase';
import { AssignAssessorsUseCase } from './assessments/usecases/assign-assessors/assign-assessors.usecase';
import { ConsolidateRoundUseCase } from './assessments/usecases/consolidate-round/consolidate-round.usecase';
import { RateCandidateUseCase } from './assessments/usecases/rate-candidate/rate-candidate.usecase';
import { ExaminationEnv } from './config/env';
import { examinationDatabase } from './database/settings';
import { APPLICATION_COUNTERS } from './exams/consumers/application-counts.consumer';
import { ExamQueries } from './exams/exam-queries';
import { ExamsController } from './exams/exams.controller';
import { AddPositionUseCase } from './exams/usecases/add-position/add-position.usecase';
import { CreateExamUseCase } from './exams/usecases/create-exam/create-exam.usecase';
import { UpdateExamUseCase } from './exams/usecases/update-exam/update-exam.usecase';
import { InterviewsController } from './interviews/interviews.controller';
import { DecideFinalResultsUseCase } from './interviews/usecases/decide-final-results/decide-final-results.usecase';
import { ScheduleInterviewsUseCase } from './interviews/usecases/schedule-interviews/schedule-interviews.usecase';
import { PAYMENT_PROVIDER } from './fees/payment-provider';
import { PaymentsController } from './payments/payments.controller';
import { RefundProcessor } from './fees/refund-processor';
import { webhookSecret } from './payments/signature';
import { SimulatedPaymentProvider } from './payments/simulated-provider';
import { ConfirmPaymentUseCase } from './payments/usecases/confirm-payment/confirm-payment.usecase';
import { StartPaymentUseCase } from './payments/usecases/start-payment/start-payment.usecase';
import { CohortCancelledConsumer, CohortChangedConsumer } from './preparatory-courses/consumers/cohort-changed.consumer';
import { CohortScheduledConsumer } from './preparatory-courses/consumers/cohort-scheduled.consumer';
import { PreparatoryCohortQueries } from './preparatory-courses/preparatory-cohort-queries';
import { PreparatoryCohortsController } from './preparatory-courses/preparatory-cohorts.controller';
import { ResultLookupService } from './results/result-lookup';
import { ResultsController } from './results/results.controller';
import { ImportWrittenScoresUseCase } from './scoring/usecases/import-written-scores/import-written-scores.usecase';
import { SetPassMarkUseCase } from './scoring/usecases/set-pass-mark/set-pass-mark.usecase';
import { ScoringController } from './scoring/scoring.controller';
import { AnnounceDueResults } from './season/announce-results';
import { LapseUnpaidApplications } from './season/lapse-unpaid';
import { SeasonSweeper } from './season/season-sweeper';
import { AssignExamNumbersUseCase } from './venues/usecases/assign-exam-numbers/assign-exam-numbers.usecase';
import { AssignSeatsUseCase } from './venues/usecases/assign-seats/assign-seats.usecase';
import { VenuesController } from './venues/venues.controller';

import { DecideAccommodationsUseCase } from './applications/usecases/decide-accommodations/decide-accommodations.usecase';
import { UploadDocumentUseCase } from './applications/usecases/upload-document/upload-document.usecase';
import { AddAssessorUseCase } from './assessments/usecases/add-assessor/add-assessor.usecase';
import { CreateAssessmentRoundUseCase } from './assessments/usecases/create-assessment-round/create-assessment-round.usecase';
import { DeclareAssessorConflictUseCase } from './assessments/usecases/declare-assessor-conflict/declare-assessor-conflict.usecase';
import { RecordAssessmentSittingUseCase } from './assessments/usecases/record-assessment-sitting/record-assessment-sitting.usecase';
import { InterviewQueries } from './interviews/interview-queries';
import { AddInterviewerUseCase } from './interviews/usecases/add-interviewer/add-interviewer.usecase';
import { DeclareInterviewerConflictUseCase } from './interviews/usecases/declare-interviewer-conflict/declare-interviewer-conflict.usecase';
import { RecordInterviewMarksUseCase } from './interviews/usecases/record-interview-marks/record-interview-marks.usecase';
import { UpdateInterviewerUseCase } from './interviews/usecases/update-interviewer/update-interviewer.usecase';
import { ResultQueries } from './results/result-queries';
import { PublishResultsUseCase } from './results/usecases/publish-results/publish-results.usecase';
import { RecordSittingUseCase } from './results/usecases/record-sitting/record-sitting.usecase';
import { ScoringQueries } from './scoring/scoring-queries';
import { ScreenDocumentsUseCase } from './scoring/usecases/screen-documents/screen-documents.usecase';
import { AddExamRoomUseCase } from './venues/usecases/add-exam-room/add-exam-room.usecase';
import { AddVenueUseCase } from './venues/usecases/add-venue/add-venue.usecase';
import { UpdateExamRoomUseCase } from './venues/usecases/update-exam-room/update-exam-room.usecase';
import { VenueQueries } from './venues/venue-queries';
@Module({})
export class ExaminationModule {
  static forRoot(env: ExaminationEnv, logger: Logger): DynamicModule {
    return {
      module: ExaminationModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'examination', env, logger }),
        TypeOrmModule.forRoot(dataSourceOptions(examinationDatabase(env))),
        MessagingModule.forService({
          service: 'examination',
          handlers: [CohortScheduledConsumer, CohortChangedConsumer, CohortCancelledConsumer, ...APPLICATION_COUNTERS],
        }),
      ],
      controllers: [
        ExamsController,
        ApplicationsController,
        PaymentsController,
        VenuesController,
        ScoringController,
        InterviewsController,
        ResultsController,
        AssessmentsController,
        PreparatoryCohortsController,
      ],
      providers: [
        {
          provide: PAYMENT_PROVIDER,
          inject: [SERVICE_ENV],
          useFactory: (e: ExaminationEnv) => new SimulatedPaymentProvider(webhookSecret(e)),
        },
        ExamQueries,
        CreateExamUseCase,
        UpdateExamUseCase,
        AddPositionUseCase,
        ApplicationQueries,
        SubmitApplicationUseCase,
        EditApplicationUseCase,
        CancelApplicationUseCase,
        CancelAsIneligibleUseCase,
        Cancellation,
        RefundProcessor,
        StartPaymentUseCase,
        ConfirmPaymentUseCase,
        AssignExamNumbersUseCase,
        AssignSeatsUseCase,
        ImportWrittenScoresUseCase,
        SetPassMarkUseCase,
        ScheduleInterviewsUseCase,
        DecideFinalResultsUseCase,
        ResultLookupService,
        AssessmentQueries,
        FeedbackReports,
        AddCandidateUseCase,
        AssignAssessorsUseCase,
        RateCandidateUseCase,
        ConsolidateRoundUseCase,
        LapseUnpaidApplications,
        AnnounceDueResults,
        SeasonSweeper,
        UploadDocumentUseCase,
        DecideAccommodationsUseCase,
        VenueQueries,
        PreparatoryCohortQueries,
        AddVenueUseCase,
        AddExamRoomUseCase,
        UpdateExamRoomUseCase,
        ScoringQueries,
        ScreenDocumentsUseCase,
        InterviewQueries,
        AddInterviewerUseCase,
        UpdateInterviewerUseCase,
        DeclareInterviewerConflictUseCase,
        RecordInterviewMarksUseCase,
        ResultQueries,
        PublishResultsUseCase,
        RecordSittingUseCase,
        CreateAssessmentRoundUseCase,
        AddAssessorUseCase,
        DeclareAssessorConflictUseCase,
        RecordAssessmentSittingUseCase,
      ],
    };
  }
}
