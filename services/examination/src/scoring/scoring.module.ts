import { Module } from '@nestjs/common';
import { ExamsModule } from '../exams/exams.module';
import { AnswerKeyQueries } from './answer-key-queries';
import { AnswerKeysController } from './answer-keys.controller';
import { KeyedScores } from './keyed-scores';
import { ScoringController } from './scoring.controller';
import { ScoringQueries } from './scoring-queries';
import { DecideObjectionUseCase } from './usecases/decide-objection/decide-objection.usecase';
import { FileObjectionUseCase } from './usecases/file-objection/file-objection.usecase';
import { ImportWrittenAnswersUseCase } from './usecases/import-written-answers/import-written-answers.usecase';
import { ImportWrittenScoresUseCase } from './usecases/import-written-scores/import-written-scores.usecase';
import { PublishFinalKeysUseCase } from './usecases/publish-final-keys/publish-final-keys.usecase';
import { PublishProvisionalKeysUseCase } from './usecases/publish-provisional-keys/publish-provisional-keys.usecase';
import { SaveAnswerKeysUseCase } from './usecases/save-answer-keys/save-answer-keys.usecase';
import { ScreenDocumentsUseCase } from './usecases/screen-documents/screen-documents.usecase';
import { SetPassMarkUseCase } from './usecases/set-pass-mark/set-pass-mark.usecase';
import { WrittenScores } from './written-scores';

@Module({
  imports: [ExamsModule],
  controllers: [ScoringController, AnswerKeysController],
  providers: [
    ScoringQueries,
    AnswerKeyQueries,
    WrittenScores,
    KeyedScores,
    ImportWrittenScoresUseCase,
    SetPassMarkUseCase,
    ScreenDocumentsUseCase,
    ImportWrittenAnswersUseCase,
    SaveAnswerKeysUseCase,
    PublishProvisionalKeysUseCase,
    FileObjectionUseCase,
    DecideObjectionUseCase,
    PublishFinalKeysUseCase,
  ],
})
export class ScoringModule {}
