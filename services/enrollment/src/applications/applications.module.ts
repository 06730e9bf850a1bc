import { Module } from '@nestjs/common';
import { SeatsModule } from '../seats/seats.module';
import { TraineesModule } from '../trainees/trainees.module';
import { AgencyApplicationsController } from './agency-applications.controller';
import { ApplicationsController } from './applications.controller';
import { CohortApplicationsController } from './cohort-applications.controller';
import { AddCohortTraineeUseCase } from './usecases/add-cohort-trainee/add-cohort-trainee.usecase';
import { CancelApplicationUseCase } from './usecases/cancel-application/cancel-application.usecase';
import { DecideApprovalUseCase } from './usecases/decide-approval/decide-approval.usecase';
import { DecideUnderFillUseCase } from './usecases/decide-under-fill/decide-under-fill.usecase';
import { MergeCohortUseCase } from './usecases/merge-cohort/merge-cohort.usecase';
import { RecordAssessmentUseCase } from './usecases/record-assessment/record-assessment.usecase';
import { SelectCohortUseCase } from './usecases/select-cohort/select-cohort.usecase';
import { SubmitApplicationUseCase } from './usecases/submit-application/submit-application.usecase';

/** Applications, and what they make of a cohort (catalog, roster, early selection, staff adding a trainee, under-fill decision and merge). */
@Module({
  imports: [TraineesModule, SeatsModule],
  controllers: [CohortApplicationsController, ApplicationsController, AgencyApplicationsController],
  providers: [
    SubmitApplicationUseCase,
    DecideApprovalUseCase,
    CancelApplicationUseCase,
    RecordAssessmentUseCase,
    SelectCohortUseCase,
    DecideUnderFillUseCase,
    MergeCohortUseCase,
    AddCohortTraineeUseCase,
  ],
})
export class ApplicationsModule {}
