import {
  CreateDemandSurveyDto,
  DemandSurveyAnswerDto,
  DemandSurveyAnswerReceiptView,
  DemandSurveyResultsQuery,
  DemandSurveyResultsView,
  DemandSurveyShareView,
  DemandSurveyView,
  INSTITUTE_USERS,
  MyDemandSurveyResponseView,
} from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { STAFF } from '../shared/roles';
import { SURVEY_CONSTRAINTS, WEEKDAYS } from './demand-survey.entity';
import { suggestHours } from './suggest-hours';
import { answersOf, myAnswer, surveyOf, surveysOf, toSurveyView } from './surveys.queries';
import { AnswerSurveyUseCase } from './usecases/answer-survey/answer-survey.usecase';
import { CreateSurveyUseCase } from './usecases/create-survey/create-survey.usecase';

type SurveyView = DemandSurveyView;
type Share = DemandSurveyShareView;

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.floor((n * 100) / of + 0.5));
const share = (code: string, n: number, of: number): Share => ({ code, count: n, share: pct(n, of) });
const tally = (values: string[], of: number): Share[] => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([code, n]) => share(code, n, of));
};

/**
 * Demand surveys (수요조사): trainees say when they can attend and what keeps them away; staff
 * see the shares and the daily hours that suit most of them. Answers are seen only in aggregate.
 */
@ApiTags('surveys')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor
// assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('surveys')
export class SurveysController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly createSurvey: CreateSurveyUseCase,
    private readonly answerSurvey: AnswerSurveyUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: [DemandSurveyView] })
  async list(@CurrentUser() user: AuthUser): Promise<SurveyView[]> {
    const m = this.dataSource.manager;
    return Promise.all((await surveysOf(m, user.tenantId)).map((s) => toSurveyView(m, s)));
  }

  @Post()
  @Roles(...STAFF)
  @ApiCreatedResponse({ type: DemandSurveyView })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateDemandSurveyDto): Promise<SurveyView> {
    return this.createSurvey.execute(user, body);
  }

  @Get(':id/results')
  @Roles(...STAFF)
  @ApiOkResponse({ type: DemandSurveyResultsView })
  async results(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: DemandSurveyResultsQuery,
  ): Promise<DemandSurveyResultsView> {
    const m = this.dataSource.manager;
    const survey = await surveyOf(m, user.tenantId, id);
    const answers = await answersOf(m, user.tenantId, id);
    const n = answers.length;
    const hours = query.hoursPerDay ?? 6;
    const childcare = answers.filter((a) => a.hardDueToChildcare);
    return {
      survey: await toSurveyView(m, survey),
      respondents: n,
      hardDueToChildcare: share('hard_due_to_childcare', childcare.length, n),
      wantsChildcareFriendly: share('wants_childcare_friendly', answers.filter((a) => a.wantsChildcareFriendly).length, n),
      constraints: SURVEY_CONSTRAINTS.map((c) => share(c, answers.filter((a) => a.constraints.includes(c)).length, n)),
      preferredDays: WEEKDAYS.map((d) => share(d, answers.filter((a) => a.preferredDays.includes(d)).length, n)),
      earliestStarts: tally(
        answers.map((a) => a.earliestStart),
        n,
      ),
      latestEnds: tally(
        answers.map((a) => a.latestEnd),
        n,
      ),
      suggestion: suggestHours(answers, hours),
      childcareSuggestion: suggestHours(childcare, hours),
    };
  }

  /** The caller's own answer, if they gave one. */
  @Get(':id/my-response')
  @ApiOkResponse({ type: MyDemandSurveyResponseView })
  async mine(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<MyDemandSurveyResponseView> {
    const m = this.dataSource.manager;
    await surveyOf(m, user.tenantId, id);
    return myAnswer(m, user.tenantId, id, user.userId);
  }

  @Post(':id/responses')
  @ApiCreatedResponse({ type: DemandSurveyAnswerReceiptView })
  answer(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DemandSurveyAnswerDto,
  ): Promise<DemandSurveyAnswerReceiptView> {
    return this.answerSurvey.execute(user, id, body);
  }
}
