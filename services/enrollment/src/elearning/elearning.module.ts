import { Module } from '@nestjs/common';
import { CompletionModule } from '../completion/completion.module';
import { CompletionImportsController } from './completion-imports.controller';
import { ImportCompletionsUseCase } from './usecases/import-completions/import-completions.usecase';

/** The LMS's completion files, imported. */
@Module({
  imports: [CompletionModule],
  controllers: [CompletionImportsController],
  providers: [ImportCompletionsUseCase],
})
export class ElearningModule {}
