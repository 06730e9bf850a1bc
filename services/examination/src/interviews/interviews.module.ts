import { Module } from '@nestjs/common';
import { ExamsModule } from '../exams/exams.module';
import { InterviewQueries } from './interview-queries';
import { InterviewsController } from './interviews.controller';
import { AddInterviewerUseCase } from './usecases/add-interviewer/add-interviewer.usecase';
import { DecideFinalResultsUseCase } from './usecases/decide-final-results/decide-final-results.usecase';
import { DeclareInterviewerConflictUseCase } from './usecases/declare-interviewer-conflict/declare-interviewer-conflict.usecase';
import { RecordInterviewMarksUseCase } from './usecases/record-interview-marks/record-interview-marks.usecase';
import { ScheduleInterviewsUseCase } from './usecases/schedule-interviews/schedule-interviews.usecase';
import { UpdateInterviewerUseCase } from './usecases/update-interviewer/update-interviewer.usecase';

@Module({
  imports: [ExamsModule],
  controllers: [InterviewsController],
  providers: [
    InterviewQueries,
    ScheduleInterviewsUseCase,
    DecideFinalResultsUseCase,
    AddInterviewerUseCase,
    UpdateInterviewerUseCase,
    DeclareInterviewerConflictUseCase,
    RecordInterviewMarksUseCase,
  ],
})
export class InterviewsModule {}
