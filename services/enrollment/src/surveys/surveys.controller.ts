import {
  ResultsYearQuery,
  SatisfactionReceiptView,
  SatisfactionResultsView,
  SatisfactionSurveyDto,
  SatisfactionSurveyDueView,
} from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { TraineeDirectory } from '../trainees/trainee-directory';
import { SURVEY_ITEMS } from './survey-items';
import { cohortsOwingSurvey, surveyResults } from './surveys.queries';
import { SubmitSurveyUseCase } from './usecases/submit-survey/submit-survey.usecase';

@ApiTags('surveys')
@ApiBearerAuth()
@Controller('surveys')
export class SurveysController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trainees: TraineeDirectory,
    private readonly submitSurvey: SubmitSurveyUseCase,
  ) {}

  /** Surveys the trainee still owes: one per completed cohort, with its items and instructors. */
  @Get('mine')
  @Roles('trainee')
  @ApiOkResponse({ type: [SatisfactionSurveyDueView] })
  async mine(@CurrentUser() user: AuthUser): Promise<SatisfactionSurveyDueView[]> {
    return this.dataSource.transaction(async (tx) => {
      const trainee = await this.trainees.own(tx, user);
      const cohorts = await cohortsOwingSurvey(tx, trainee.id);
      return cohorts.map((c) => ({
        cohortId: c.cohortId,
        courseNameKo: c.courseNameKo,
        courseNameEn: c.courseNameEn,
        startDate: c.startDate,
        endDate: c.endDate,
        items: SURVEY_ITEMS,
        instructors: c.instructors,
      }));
    });
  }

  @Post()
  @Roles('trainee')
  @ApiCreatedResponse({ type: SatisfactionReceiptView })
  submit(@CurrentUser() user: AuthUser, @Body() body: SatisfactionSurveyDto): Promise<SatisfactionReceiptView> {
    return this.submitSurvey.execute(user, body);
  }

  /** Results per course (and item), category, education type and instructor for a year. */
  @Get('results')
  @Roles('course_manager', 'planner', 'admin')
  @ApiOkResponse({ type: SatisfactionResultsView })
  results(@CurrentUser() user: AuthUser, @Query() query: ResultsYearQuery): Promise<SatisfactionResultsView> {
    return this.dataSource.transaction((tx) => surveyResults(tx, user.tenantId, query.year));
  }
}
