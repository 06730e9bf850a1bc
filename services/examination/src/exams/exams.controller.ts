import {
  CreateExamDto,
  CreatePositionDto,
  ExamPipelineView,
  ExamTenantQuery,
  ExamView,
  OpenExamSummaryView,
  RecruitmentPlanQuery,
  RecruitmentPlanReportView,
  UpdateExamDto,
} from '@baeum/api';
import { AuthUser, CACHE, CacheStore, CurrentUser, Public, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OFFICER_ROLES } from '../shared/roles';
import { DataSource } from 'typeorm';
import { ExamQueries } from './exam-queries';
import { recruitmentPlanReport } from './recruitment-plan';
import { heldRecruitment, recruitmentPlan } from './recruitment-plan.queries';
import { AddPositionUseCase } from './usecases/add-position/add-position.usecase';
import { CreateExamUseCase } from './usecases/create-exam/create-exam.usecase';
import { UpdateExamUseCase } from './usecases/update-exam/update-exam.usecase';

/** The announcement page is the busiest page of a season: a few seconds of staleness spare the database. */
const PUBLIC_LIST_TTL_SECONDS = 5;

@ApiTags('exams')
@Controller()
export class ExamsController {
  constructor(
    private readonly exams: ExamQueries,
    private readonly createExam: CreateExamUseCase,
    private readonly updateExam: UpdateExamUseCase,
    private readonly addPosition: AddPositionUseCase,
    @Inject(CACHE) private readonly cache: CacheStore,
    private readonly dataSource: DataSource,
  ) {}

  /** 시험 공고: what anyone may read without signing in. */
  @Public()
  @Get('public/exams')
  @ApiOkResponse({ type: [ExamView] })
  async announcements(@Query() query: ExamTenantQuery): Promise<ExamView[]> {
    const key = `public-exams:${query.tenantId}`;
    const cached = await this.cache.get(key);
    if (cached) return JSON.parse(cached);
    const exams = await this.exams.list(query.tenantId);
    await this.cache.set(key, JSON.stringify(exams), PUBLIC_LIST_TTL_SECONDS);
    return exams;
  }

  /** 채용 공고 모아보기: the exams of every institute still taking (or about to take) applications; the gateway drops inactive institutes. */
  @Public()
  @Get('public/exams/open')
  @ApiOkResponse({ type: [OpenExamSummaryView] })
  async openExams(): Promise<OpenExamSummaryView[]> {
    const key = 'public-exams:open';
    const cached = await this.cache.get(key);
    if (cached) return JSON.parse(cached);
    const exams = await this.exams.openExams();
    await this.cache.set(key, JSON.stringify(exams), PUBLIC_LIST_TTL_SECONDS);
    return exams;
  }

  @ApiBearerAuth()
  @Get('exams')
  @ApiOkResponse({ type: [ExamView] })
  list(@CurrentUser() user: AuthUser): Promise<ExamView[]> {
    return this.exams.list(user.tenantId);
  }

  /** 선발계획 대비 실적: the year's recruitment plan of a kind of exam per quarter against the exams held (4-2's career plan). */
  @ApiBearerAuth()
  @Get('recruitment-plan')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: RecruitmentPlanReportView })
  async recruitmentPlan(@CurrentUser() user: AuthUser, @Query() query: RecruitmentPlanQuery): Promise<RecruitmentPlanReportView> {
    const m = this.dataSource.manager;
    const kind = query.kind ?? 'career';
    const [plan, held] = await Promise.all([
      recruitmentPlan(m, user.tenantId, query.fiscalYear, kind),
      heldRecruitment(m, user.tenantId, query.fiscalYear, kind),
    ]);
    return recruitmentPlanReport(query.fiscalYear, kind, plan, held);
  }

  @ApiBearerAuth()
  @Get('exams/:id')
  @ApiOkResponse({ type: ExamView })
  get(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExamView> {
    return this.exams.view(user.tenantId, id);
  }

  /** 전형 단계별 인원 (applied, paid, sat, passed), for the officer's overview. */
  @ApiBearerAuth()
  @Get('exams/:id/pipeline')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: ExamPipelineView })
  pipeline(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ExamPipelineView> {
    return this.exams.pipeline(user.tenantId, id);
  }

  @ApiBearerAuth()
  @Post('exams')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: ExamView })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateExamDto): Promise<ExamView> {
    return this.createExam.execute(user, body);
  }

  @ApiBearerAuth()
  @Patch('exams/:id')
  @Roles(...OFFICER_ROLES)
  @ApiOkResponse({ type: ExamView })
  update(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateExamDto): Promise<ExamView> {
    return this.updateExam.execute(user, id, body);
  }

  @ApiBearerAuth()
  @Post('exams/:id/positions')
  @Roles(...OFFICER_ROLES)
  @ApiCreatedResponse({ type: ExamView })
  position(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreatePositionDto,
  ): Promise<ExamView> {
    return this.addPosition.execute(user, id, body);
  }
}
