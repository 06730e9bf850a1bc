import { Module } from '@nestjs/common';
import { SurveysController } from './surveys.controller';
import { CreateSurveyUseCase } from './usecases/create-survey/create-survey.usecase';
import { AnswerSurveyUseCase } from './usecases/answer-survey/answer-survey.usecase';

/** Demand surveys. */
@Module({
  controllers: [SurveysController],
  providers: [CreateSurveyUseCase, AnswerSurveyUseCase],
})
export class SurveysModule {}
