import { Module } from '@nestjs/common';
import { APPLICATION_COUNTERS } from './consumers/application-counts.consumer';
import { ExamQueries } from './exam-queries';
import { ExamsController } from './exams.controller';
import { AddPositionUseCase } from './usecases/add-position/add-position.usecase';
import { CreateExamUseCase } from './usecases/create-exam/create-exam.usecase';
import { UpdateExamUseCase } from './usecases/update-exam/update-exam.usecase';
import { UploadNoticeUseCase } from './usecases/upload-notice/upload-notice.usecase';

/** Exams and their positions; the lowest feature. Its consumers keep each exam's application counts. */
@Module({
  controllers: [ExamsController],
  providers: [ExamQueries, CreateExamUseCase, UpdateExamUseCase, AddPositionUseCase, UploadNoticeUseCase],
  exports: [ExamQueries],
})
export class ExamsModule {
  /** Event handlers, run by MessagingModule (app.module.ts hands them to it). */
  static readonly consumers = APPLICATION_COUNTERS;
}
