import { Module } from '@nestjs/common';
import { CompletionModule } from '../completion/completion.module';
import { CompletionImportsController } from './completion-imports.controller';
import { CreateCompletionImportUseCase } from './usecases/create-completion-import/create-completion-import.usecase';
import { ImportCompletionsUseCase } from './usecases/import-completions/import-completions.usecase';

/** The LMS's completion files, imported. */
@Module({
  imports: [CompletionModule],
  controllers: [CompletionImportsController],
  providers: [CreateCompletionImportUseCase, ImportCompletionsUseCase],
  exports: [CreateCompletionImportUseCase, ImportCompletionsUseCase],
})
export class ElearningModule {}
