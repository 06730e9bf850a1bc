import { Module } from '@nestjs/common';
import { ExamsModule } from '../exams/exams.module';
import { FeesModule } from '../fees/fees.module';
import { ApplicationQueries } from './application-queries';
import { ApplicationsController } from './applications.controller';
import { Cancellation } from './cancellation';
import { CancelApplicationUseCase } from './usecases/cancel-application/cancel-application.usecase';
import { CancelAsIneligibleUseCase } from './usecases/cancel-as-ineligible/cancel-as-ineligible.usecase';
import { DecideAccommodationsUseCase } from './usecases/decide-accommodations/decide-accommodations.usecase';
import { EditApplicationUseCase } from './usecases/edit-application/edit-application.usecase';
import { SubmitApplicationUseCase } from './usecases/submit-application/submit-application.usecase';
import { UploadDocumentUseCase } from './usecases/upload-document/upload-document.usecase';
import { VerifyIdentityUseCase } from './usecases/verify-identity/verify-identity.usecase';

@Module({
  imports: [ExamsModule, FeesModule],
  controllers: [ApplicationsController],
  providers: [
    ApplicationQueries,
    Cancellation,
    SubmitApplicationUseCase,
    EditApplicationUseCase,
    CancelApplicationUseCase,
    CancelAsIneligibleUseCase,
    UploadDocumentUseCase,
    DecideAccommodationsUseCase,
    VerifyIdentityUseCase,
  ],
  exports: [ApplicationQueries],
})
export class ApplicationsModule {}
