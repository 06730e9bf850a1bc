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
import { AuthUser, conflict, CurrentUser, FieldError, fieldError, invalidInput, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Course } from '../courses/course.entity';
import { isCalendarDate, seoulToday } from '@baeum/calendar';
import { found } from '../shared/not-found';
import { STAFF } from '../shared/roles';
import { DemandSurvey, DemandSurveyResponse, SURVEY_CONSTRAINTS, WEEKDAYS } from './demand-survey.entity';
import { suggestHours } from './suggest-hours';

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
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('surveys')
export class SurveysController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: [DemandSurveyView] })
  async list(@CurrentUser() user: AuthUser): Promise<SurveyView[]> {
    const surveys = await this.dataSource
      .getRepository(DemandSurvey)
      .find({ where: { tenantId: user.tenantId }, order: { opensOn: 'DESC' } });
    return Promise.all(surveys.map((s) => this.view(s)));
  }

  @Post()
  @Roles(...STAFF)
  @ApiCreatedResponse({ type: DemandSurveyView })
  async create(@CurrentUser() user: AuthUser, @Body() body: CreateDemandSurveyDto): Promise<SurveyView> {
    const errors: FieldError[] = [];
    if (!isCalendarDate(body.opensOn))
      errors.push(fieldError('opensOn', 'VALIDATION.DATE', { value: body.opensOn }, '없는 날짜입니다 / not a calendar date'));
    if (!isCalendarDate(body.closesOn))
      errors.push(fieldError('closesOn', 'VALIDATION.DATE', { value: body.closesOn }, '없는 날짜입니다 / not a calendar date'));
    else if (body.closesOn < body.opensOn)
      errors.push(
        fieldError(
          'closesOn',
          'DEMAND_SURVEY.CLOSES_BEFORE_OPENS',
          { opensOn: body.opensOn, closesOn: body.closesOn },
          '마감일이 시작일보다 빠릅니다 / closesOn must not be before opensOn',
        ),
      );
    if (body.courseId && !(await this.dataSource.getRepository(Course).exists({ where: { id: body.courseId, tenantId: user.tenantId } }))) {
      errors.push(fieldError('courseId', 'COURSE.NOT_FOUND', { courseId: body.courseId }, '과정을 찾을 수 없습니다 / course not found'));
    }
    if (errors.length > 0) throw invalidInput(errors);
    const survey: DemandSurvey = {
      id: randomUUID(),
      tenantId: user.tenantId,
      titleKo: body.titleKo,
      titleEn: body.titleEn,
      courseId: body.courseId ?? null,
      opensOn: body.opensOn,
      closesOn: body.closesOn,
      generated: false,
      sourceNote: null,
      createdAt: new Date(),
    };
    await this.dataSource.getRepository(DemandSurvey).insert(survey);
    return this.view(survey);
  }

  @Get(':id/results')
  @Roles(...STAFF)
  @ApiOkResponse({ type: DemandSurveyResultsView })
  async results(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: DemandSurveyResultsQuery,
  ): Promise<DemandSurveyResultsView> {
    const survey = await this.find(user, id);
    const answers = await this.dataSource.getRepository(DemandSurveyResponse).find({ where: { surveyId: id, tenantId: user.tenantId } });
    const n = answers.length;
    const hours = query.hoursPerDay ?? 6;
    const childcare = answers.filter((a) => a.hardDueToChildcare);
    return {
      survey: await this.view(survey),
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
    await this.find(user, id);
    const response = await this.dataSource
      .getRepository(DemandSurveyResponse)
      .findOne({ where: { surveyId: id, respondentId: user.userId, tenantId: user.tenantId } });
    if (!response) return { response: null };
    const { tenantId: _t, respondentId: _r, survey: _s, submittedAt, ...own } = response;
    return { response: { ...own, submittedAt: submittedAt.toISOString() } };
  }

  @Post(':id/responses')
  @ApiCreatedResponse({ type: DemandSurveyAnswerReceiptView })
  async answer(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DemandSurveyAnswerDto,
  ): Promise<DemandSurveyAnswerReceiptView> {
    const survey = await this.find(user, id);
    const today = seoulToday();
    if (today < survey.opensOn || today > survey.closesOn) {
      throw conflict('DEMAND_SURVEY.CLOSED', {
        params: { opensOn: survey.opensOn, closesOn: survey.closesOn },
        message: `응답 기간(${survey.opensOn}~${survey.closesOn})이 아닙니다 / the survey is open ${survey.opensOn} – ${survey.closesOn}`,
      });
    }
    if (body.latestEnd <= body.earliestStart) {
      throw invalidInput([
        fieldError(
          'latestEnd',
          'DEMAND_SURVEY.HOURS_REVERSED',
          { earliestStart: body.earliestStart, latestEnd: body.latestEnd },
          '가능한 종료 시각이 시작 시각보다 늦어야 합니다 / latestEnd must be after earliestStart',
        ),
      ]);
    }
    const response: DemandSurveyResponse = {
      id: randomUUID(),
      tenantId: user.tenantId,
      surveyId: id,
      respondentId: user.userId,
      agencyCode: user.agencyCode,
      hardDueToChildcare: body.hardDueToChildcare,
      wantsChildcareFriendly: body.wantsChildcareFriendly,
      earliestStart: body.earliestStart,
      latestEnd: body.latestEnd,
      preferredDays: body.preferredDays ?? [...WEEKDAYS],
      constraints: body.constraints ?? [],
      comment: body.comment?.trim() || null,
      generated: false,
      submittedAt: new Date(),
    };
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DemandSurveyResponse)
      .values(response)
      .orIgnore()
      .returning('id')
      .execute();
    if (!inserted.raw?.length)
      throw conflict('DEMAND_SURVEY.ALREADY_ANSWERED', { message: '이미 응답했습니다 / you have already answered' });
    return { id: response.id };
  }

  private async find(user: AuthUser, id: string): Promise<DemandSurvey> {
    return found(
      await this.dataSource.getRepository(DemandSurvey).findOne({ where: { id, tenantId: user.tenantId } }),
      'DEMAND_SURVEY.NOT_FOUND',
      ['수요조사', 'Survey'],
    );
  }

  private async view({ tenantId: _t, createdAt: _c, ...survey }: DemandSurvey): Promise<SurveyView> {
    const responses = await this.dataSource.getRepository(DemandSurveyResponse).count({ where: { surveyId: survey.id } });
    const today = seoulToday();
    return { ...survey, responses, open: today >= survey.opensOn && today <= survey.closesOn };
  }
}
