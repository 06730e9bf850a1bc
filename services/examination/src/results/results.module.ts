import { PublishedReadModels } from '@baeum/service-kit';
import { Module } from '@nestjs/common';
import { ExamsModule } from '../exams/exams.module';
import { ResultLookupService } from './result-lookup';
import { ResultQueries } from './result-queries';
import { PublishedResultWriter } from './result-read-model';
import { ResultsController } from './results.controller';
import { PublishedScoreWriter } from './score-disclosure-read-model';
import { ScoreDisclosureQueries } from './score-disclosure-queries';
import { ScoreDisclosureService } from './score-disclosure.service';
import { PublishResultsUseCase } from './usecases/publish-results/publish-results.usecase';
import { RecordSittingUseCase } from './usecases/record-sitting/record-sitting.usecase';

@Module({
  imports: [ExamsModule],
  controllers: [ResultsController],
  providers: [
    ResultQueries,
    ResultLookupService,
    PublishResultsUseCase,
    RecordSittingUseCase,
    PublishedReadModels,
    PublishedResultWriter,
    ScoreDisclosureQueries,
    ScoreDisclosureService,
    PublishedScoreWriter,
  ],
  exports: [RecordSittingUseCase, PublishedResultWriter, PublishedScoreWriter],
})
export class ResultsModule {}
