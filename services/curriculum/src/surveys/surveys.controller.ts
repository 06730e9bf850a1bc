import { AuthUser, CurrentUser, invalidInput, Roles } from '@baeum/service-kit';
import { Body, ConflictException, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Course } from '../courses/course.entity';
import { isRealDate, seoulToday } from '../shared/business-time';
import { found } from '../shared/not-found';
import { STAFF } from '../shared/roles';
import { DemandSurvey, DemandSurveyResponse, SURVEY_CONSTRAINTS, WEEKDAYS } from './demand-survey.entity';
import { CreateSurveyDto, SurveyAnswerDto, SurveyResultsQuery } from './dto/survey.dto';
import { suggestHours, SuggestedHours } from './suggest-hours';

export type SurveyView = Omit<DemandSurvey, 'tenantId' | 'createdAt'> & { responses: number; open: boolean };

export interface Share {
  code: string;
  count: number;
  share: number;
}

export interface SurveyResults {
  survey: SurveyView;
  respondents: number;
  /** 육아로 인한 연수 참여의 어려움 */
  hardDueToChildcare: Share;
  /** 육아 친화적 연수 운영 찬성 */
  wantsChildcareFriendly: Share;
  constraints: Share[];
  preferredDays: Share[];
  /** When respondents can start and must leave. */
  earliestStarts: Share[];
  latestEnds: Share[];
  suggestion: SuggestedHours | null;
  /** The same for those who find childcare makes training hard. */
  childcareSuggestion: SuggestedHours | null;
}

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
@Controller('surveys')
export class SurveysController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@CurrentUser() user: AuthUser): Promise<SurveyView[]> {
    const surveys = await this.dataSource.getRepository(DemandSurvey).find({ where: { tenantId: user.tenantId }, order: { opensOn: 'DESC' } });
    return Promise.all(surveys.map((s) => this.view(s)));
  }

  @Post()
  @Roles(...STAFF)
  async create(@CurrentUser() user: AuthUser, @Body() body: CreateSurveyDto): Promise<SurveyView> {
    const errors = [];
    if (!isRealDate(body.opensOn)) errors.push({ field: 'opensOn', messages: ['없는 날짜입니다 / not a calendar date'] });
    if (!isRealDate(body.closesOn)) errors.push({ field: 'closesOn', messages: ['없는 날짜입니다 / not a calendar date'] });
    else if (body.closesOn < body.opensOn) errors.push({ field: 'closesOn', messages: ['마감일이 시작일보다 빠릅니다 / closesOn must not be before opensOn'] });
    if (body.courseId && !(await this.dataSource.getRepository(Course).exists({ where: { id: body.courseId, tenantId: user.tenantId } }))) errors.push({ field: 'courseId', messages: ['과정을 찾을 수 없습니다 / course not found'] });
    if (errors.length > 0) throw invalidInput(errors);
    const survey: DemandSurvey = { id: randomUUID(), tenantId: user.tenantId, titleKo: body.titleKo, titleEn: body.titleEn, courseId: body.courseId ?? null, opensOn: body.opensOn, closesOn: body.closesOn, generated: false, sourceNote: null, createdAt: new Date() };
    await this.dataSource.getRepository(DemandSurvey).insert(survey);
    return this.view(survey);
  }

  @Get(':id/results')
  @Roles(...STAFF)
  async results(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: SurveyResultsQuery): Promise<SurveyResults> {
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
      earliestStarts: tally(answers.map((a) => a.earliestStart), n),
      latestEnds: tally(answers.map((a) => a.latestEnd), n),
      suggestion: suggestHours(answers, hours),
      childcareSuggestion: suggestHours(childcare, hours),
    };
  }

  /** The caller's own answer, if they gave one. */
  @Get(':id/my-response')
  async mine(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<{ response: Omit<DemandSurveyResponse, 'tenantId' | 'respondentId'> | null }> {
    await this.find(user, id);
    const response = await this.dataSource.getRepository(DemandSurveyResponse).findOne({ where: { surveyId: id, respondentId: user.userId, tenantId: user.tenantId } });
    if (!response) return { response: null };
    const { tenantId: _t, respondentId: _r, ...own } = response;
    return { response: own };
  }

  @Post(':id/responses')
  async answer(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: SurveyAnswerDto): Promise<{ id: string }> {
    const survey = await this.find(user, id);
    const today = seoulToday();
    if (today < survey.opensOn || today > survey.closesOn) throw new ConflictException(`응답 기간(${survey.opensOn}~${survey.closesOn})이 아닙니다 / the survey is open ${survey.opensOn} – ${survey.closesOn}`);
    if (body.latestEnd <= body.earliestStart) throw invalidInput([{ field: 'latestEnd', messages: ['가능한 종료 시각이 시작 시각보다 늦어야 합니다 / latestEnd must be after earliestStart'] }]);
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
    const inserted = await this.dataSource.createQueryBuilder().insert().into(DemandSurveyResponse).values(response).orIgnore().returning('id').execute();
    if (!inserted.raw?.length) throw new ConflictException('이미 응답했습니다 / you have already answered');
    return { id: response.id };
  }

  private async find(user: AuthUser, id: string): Promise<DemandSurvey> {
    return found(await this.dataSource.getRepository(DemandSurvey).findOne({ where: { id, tenantId: user.tenantId } }), ['수요조사', 'Survey']);
  }

  private async view({ tenantId: _t, createdAt: _c, ...survey }: DemandSurvey): Promise<SurveyView> {
    const responses = await this.dataSource.getRepository(DemandSurveyResponse).count({ where: { surveyId: survey.id } });
    const today = seoulToday();
    return { ...survey, responses, open: today >= survey.opensOn && today <= survey.closesOn };
  }
}
