import { Module } from '@nestjs/common';
import { SeatsModule } from '../seats/seats.module';
import { CompletionController } from './completion.controller';
import { Completions } from './completions';
import { LearningProgressController } from './learning-progress.controller';
import { CompleteCohortUseCase } from './usecases/complete-cohort/complete-cohort.usecase';
import { RevokeCertificateUseCase } from './usecases/revoke-certificate/revoke-certificate.usecase';

/** 수료: a cohort's completion, e-learning progress and certificates. Exports Completions, which e-learning's imports use. */
@Module({
  imports: [SeatsModule],
  controllers: [CompletionController, LearningProgressController],
  providers: [Completions, CompleteCohortUseCase, RevokeCertificateUseCase],
  exports: [Completions],
})
export class CompletionModule {}
