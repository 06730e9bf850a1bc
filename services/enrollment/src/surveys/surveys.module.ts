import { Module } from '@nestjs/common';
import { TraineesModule } from '../trainees/trainees.module';
import { SurveysController } from './surveys.controller';
import { SubmitSurveyUseCase } from './usecases/submit-survey/submit-survey.usecase';

@Module({
  imports: [TraineesModule],
  controllers: [SurveysController],
  providers: [SubmitSurveyUseCase],
})
export class SurveysModule {}
