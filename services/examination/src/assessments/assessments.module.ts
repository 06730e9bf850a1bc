import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module';
import { AssessmentQueries } from './assessment-queries';
import { AssessmentsController } from './assessments.controller';
import { FeedbackReports } from './feedback';
import { AddAssessorUseCase } from './usecases/add-assessor/add-assessor.usecase';
import { AddCandidateUseCase } from './usecases/add-candidate/add-candidate.usecase';
import { AssignAssessorsUseCase } from './usecases/assign-assessors/assign-assessors.usecase';
import { ConsolidateRoundUseCase } from './usecases/consolidate-round/consolidate-round.usecase';
import { CreateAssessmentRoundUseCase } from './usecases/create-assessment-round/create-assessment-round.usecase';
import { DeclareAssessorConflictUseCase } from './usecases/declare-assessor-conflict/declare-assessor-conflict.usecase';
import { RateCandidateUseCase } from './usecases/rate-candidate/rate-candidate.usecase';
import { RecordAssessmentSittingUseCase } from './usecases/record-assessment-sitting/record-assessment-sitting.usecase';

@Module({
  imports: [ResultsModule],
  controllers: [AssessmentsController],
  providers: [
    AssessmentQueries,
    FeedbackReports,
    AddCandidateUseCase,
    AssignAssessorsUseCase,
    RateCandidateUseCase,
    ConsolidateRoundUseCase,
    CreateAssessmentRoundUseCase,
    AddAssessorUseCase,
    DeclareAssessorConflictUseCase,
    RecordAssessmentSittingUseCase,
  ],
})
export class AssessmentsModule {}
