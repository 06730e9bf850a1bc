import {
  CreateExamDto,
  CreatePositionDto,
  ExamPipelineView,
  ExamTenantQuery,
  ExamNoticeView,
  ExamView,
  OpenExamSummaryView,
  RecruitmentPlanQuery,
  RecruitmentPlanReportView,
  UpdateExamDto,
} from '@baeum/api';
import { AuthUser, badRequest, CACHE, CacheStore, CurrentUser, notFound, Public, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Headers, Inject, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiCreatedResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PDF_FILE, RAW_FILE_BODY } from '../shared/openapi';
import { OFFICER_ROLES } from '../shared/roles';
import { DataSource } from 'typeorm';
import { ExamQueries } from './exam-queries';
import { recruitmentPlanReport } from './recruitment-plan';
import { heldRecruitment, recruitmentPlan } from './recruitment-plan.queries';
import { AddPositionUseCase } from './usecases/add-position/add-position.usecase';
import { CreateExamUseCase } from './usecases/create-exam/create-exam.usecase';
import { UpdateExamUseCase } from './usecases/update-exam/update-exam.usecase';
import { UploadNoticeUseCase } from './usecases/upload-notice/upload-notice.usecase';

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
    private readonly uploadNotice: UploadNoticeUseCase,
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

  /** 공고문 of an institute's exam, for anyone (the gateway finds the institute by its code). */
  @Public()
  @Get('public/exams/:tenantId/:id/notice')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: '공고문 (PDF)', content: PDF_FILE })
  async publicNotice(
    @Param('tenantId', new ParseUUIDPipe()) tenantId: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() res: Response,
  ) {
    const notice = await this.exams.notice(tenantId, id);
    if (!notice) throw notFound('EXAM_NOTICE.NOT_FOUND', { message: '공고문이 없습니다 / the exam has no notice document' });
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(notice.fileName)}`);
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.end(notice.content);
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

  /** 공고문 올리기: the raw PDF (application/octet-stream), its name in X-File-Name; a new one replaces the old. */
  @ApiBearerAuth()
  @Put('exams/:id/notice')
  @Roles(...OFFICER_ROLES)
  @ApiConsumes('application/octet-stream')
  @ApiBody({ ...RAW_FILE_BODY, description: 'the notice as a PDF, at most 8 MB' })
  @ApiHeader({ name: 'X-File-Name', required: false, description: "the file's name, URL-encoded" })
  @ApiOkResponse({ type: ExamNoticeView })
  notice(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() content: unknown,
    @Headers('x-file-name') fileName?: string,
  ): Promise<ExamNoticeView> {
    if (!Buffer.isBuffer(content))
      throw badRequest('EXAM_NOTICE.OCTET_STREAM_REQUIRED', {
        field: 'file',
        message: '파일을 application/octet-stream 으로 보내세요 / send the file as application/octet-stream',
      });
    return this.uploadNotice.execute(user, { examId: id, content, fileName });
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
