import { Module } from '@nestjs/common';
import { ExamsModule } from '../exams/exams.module';
import { ScoringController } from './scoring.controller';
import { ScoringQueries } from './scoring-queries';
import { ImportWrittenScoresUseCase } from './usecases/import-written-scores/import-written-scores.usecase';
import { ScreenDocumentsUseCase } from './usecases/screen-documents/screen-documents.usecase';
import { SetPassMarkUseCase } from './usecases/set-pass-mark/set-pass-mark.usecase';

@Module({
  imports: [ExamsModule],
  controllers: [ScoringController],
  providers: [ScoringQueries, ImportWrittenScoresUseCase, SetPassMarkUseCase, ScreenDocumentsUseCase],
})
export class ScoringModule {}
