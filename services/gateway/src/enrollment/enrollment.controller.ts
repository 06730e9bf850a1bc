import {
  AddCohortTraineeDto,
  AgencyApplicationsQuery,
  AgencyQuotaStatusView,
  AgencyReportQuery,
  AgencyTrainingReportView,
  AgencyView,
  ApiEnrollmentSheetResponse,
  ApiEnrollmentSheetUpload,
  ApplicationWithCohortView,
  ApplyDto,
  ApprovalDecisionDto,
  AttendanceEntriesDto,
  AttendanceSheetView,
  AttendanceUploadResultView,
  CancelApplicationDto,
  CatalogCohortView,
  CatalogCourseIdsView,
  CatalogCoursePageView,
  CohortCatalogQuery,
  CohortCompletionView,
  CohortRosterView,
  CohortWithQuotasView,
  CompletionImportView,
  CourseAssessmentDto,
  CoursePageView,
  CreateCompletionImportDto,
  CreateTraineeDto,
  EnrollmentApplicationView,
  EnrollmentCohortView,
  HostedApplicationView,
  HostedCatalogCohortView,
  HostedCohortWithQuotasView,
  HostedMyApplicationView,
  LearningProgressDto,
  MyApplicationView,
  NominateDto,
  NominationResultsView,
  PatchTraineeDto,
  ResultsYearQuery,
  RevokeCertificateDto,
  SatisfactionReceiptView,
  SatisfactionResultsView,
  SatisfactionSurveyDto,
  SatisfactionSurveyDueView,
  SheetFormatQuery,
  TraineeImportResultView,
  TraineeListQuery,
  TraineeView,
  TrainingResultsView,
  UnderFillDecisionDto,
  UnderFillDecisionResultView,
} from '@baeum/api';
import { Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ServiceClients } from '../clients/service-clients';
import { catalogMatches } from './catalog-search';
import { HostTenants } from './host-tenants';

const uuid = new ParseUUIDPipe();

/** What a call passes on: a validated body and query (as text), or else what the request carried. */
interface Passed {
  body?: object;
  query?: object;
}

/**
 * The enrollment pages' API. Most calls pass through with the caller's token (enrollment checks
 * it, validates and scopes); the gateway adds the hosting institute's name where a cohort may be
 * another tenant's, and carries out under-fill decisions that change curriculum's cohort. Bodies
 * and queries are validated here with enrollment's own classes first, so the document describes them.
 */
@ApiTags('enrollment')
@ApiBearerAuth()
@Controller('api/enrollment')
export class EnrollmentController {
  constructor(
    private readonly services: ServiceClients,
    private readonly tenants: HostTenants,
  ) {}

  private forward<T>(req: Request, path: string, passed: Passed = {}): Promise<T> {
    const method = req.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    const query = passed.query ?? req.query;
    return this.services.call<T>('enrollment', path, {
      authorization: req.headers.authorization,
      method,
      query,
      body: method === 'GET' ? undefined : (passed.body ?? req.body ?? {}),
    });
  }

  private download(req: Request, path: string, query: object, res: Response) {
    return this.services.download('enrollment', path, { authorization: req.headers.authorization, query }, res);
  }

  private upload<T>(req: Request, path: string, fileName: string) {
    return this.services.upload<T>('enrollment', path, { authorization: req.headers.authorization, content: req.body, fileName });
  }

  // ---- catalog, applications, schedule ----

  /**
   * The catalog. A search finds a cohort by any word of its course's code, names or description:
   * curriculum, which keeps descriptions, names the courses that hold every word.
   */
  @Get('catalog')
  @ApiOkResponse({ type: [HostedCatalogCohortView] })
  async catalog(@Req() req: Request, @Query() query: CohortCatalogQuery): Promise<HostedCatalogCohortView[]> {
    const { q, ...rest } = query;
    if (!q) return this.tenants.label(await this.forward<CatalogCohortView[]>(req, '/catalog', { query }));
    const [found, rows] = await Promise.all([
      this.services.call<CatalogCourseIdsView>('curriculum', '/catalog/courses', {
        authorization: req.headers.authorization,
        method: 'GET',
        query: { q },
      }),
      this.forward<CatalogCohortView[]>(req, '/catalog', { query: rest }),
    ]);
    return this.tenants.label(catalogMatches(rows, found.ids, q));
  }

  /**
   * 과정 안내: a course's page: the course as curriculum describes it (its institute's, or another's
   * open to other provinces), and its upcoming cohorts with, while they take applications, their
   * catalog rows (seats left, the agency's quota, the trainee's application).
   */
  @Get('catalog/courses/:courseId')
  @ApiOkResponse({ type: CatalogCoursePageView })
  async coursePage(@Req() req: Request, @Param('courseId', uuid) courseId: string): Promise<CatalogCoursePageView> {
    const [page, rows] = await Promise.all([
      this.services.call<CoursePageView>('curriculum', `/catalog/courses/${courseId}`, {
        authorization: req.headers.authorization,
        method: 'GET',
      }),
      this.forward<CatalogCohortView[]>(req, '/catalog', { query: { courseId } }),
    ]);
    const catalog = await this.tenants.label(rows);
    const [course] = await this.tenants.label([page]);
    return { ...course, cohorts: page.cohorts.map((c) => ({ ...c, catalog: catalog.find((r) => r.cohortId === c.id) ?? null })) };
  }

  @Get('cohorts')
  @ApiOkResponse({ type: [EnrollmentCohortView] })
  cohorts(@Req() req: Request): Promise<EnrollmentCohortView[]> {
    return this.forward(req, '/cohorts');
  }

  @Get('cohorts/:id')
  @ApiOkResponse({ type: HostedCohortWithQuotasView })
  async cohort(@Req() req: Request, @Param('id', uuid) id: string): Promise<HostedCohortWithQuotasView> {
    const [cohort] = await this.tenants.label([await this.forward<CohortWithQuotasView>(req, `/cohorts/${id}`)]);
    return cohort;
  }

  @Post('applications')
  @ApiCreatedResponse({ type: EnrollmentApplicationView })
  @Roles('trainee')
  apply(@Req() req: Request, @Body() body: ApplyDto): Promise<EnrollmentApplicationView> {
    return this.forward(req, '/applications', { body });
  }

  @Get('applications/mine')
  @ApiOkResponse({ type: [HostedMyApplicationView] })
  async mine(@Req() req: Request): Promise<HostedMyApplicationView[]> {
    return this.tenants.label(await this.forward<MyApplicationView[]>(req, '/applications/mine'));
  }

  @Get('applications/:id')
  @ApiOkResponse({ type: ApplicationWithCohortView })
  application(@Req() req: Request, @Param('id', uuid) id: string): Promise<ApplicationWithCohortView> {
    return this.forward(req, `/applications/${id}`);
  }

  @Post('applications/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrollmentApplicationView })
  cancel(@Req() req: Request, @Param('id', uuid) id: string, @Body() body: CancelApplicationDto): Promise<EnrollmentApplicationView> {
    return this.forward(req, `/applications/${id}/cancel`, { body });
  }

  @Post('applications/:id/decision')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrollmentApplicationView })
  @Roles('admin', 'course_manager', 'agency_admin')
  decide(@Req() req: Request, @Param('id', uuid) id: string, @Body() body: ApprovalDecisionDto): Promise<EnrollmentApplicationView> {
    return this.forward(req, `/applications/${id}/decision`, { body });
  }

  @Put('applications/:id/assessment')
  @ApiOkResponse({ type: EnrollmentApplicationView })
  @Roles('admin', 'course_manager')
  assessment(@Req() req: Request, @Param('id', uuid) id: string, @Body() body: CourseAssessmentDto): Promise<EnrollmentApplicationView> {
    return this.forward(req, `/applications/${id}/assessment`, { body });
  }

  @Put('applications/:id/progress')
  @ApiOkResponse({ type: EnrollmentApplicationView })
  @Roles('admin', 'course_manager')
  progress(@Req() req: Request, @Param('id', uuid) id: string, @Body() body: LearningProgressDto): Promise<EnrollmentApplicationView> {
    return this.forward(req, `/applications/${id}/progress`, { body });
  }

  // ---- agencies and their staff ----

  @Get('agencies')
  @ApiOkResponse({ type: [AgencyView] })
  agencies(@Req() req: Request): Promise<AgencyView[]> {
    return this.forward(req, '/agencies');
  }

  @Post('nominations')
  @ApiCreatedResponse({ type: NominationResultsView })
  @Roles('agency_admin')
  nominate(@Req() req: Request, @Body() body: NominateDto): Promise<NominationResultsView> {
    return this.forward(req, '/nominations', { body });
  }

  @Get('agency/applications')
  @ApiOkResponse({ type: [HostedApplicationView] })
  async agencyApplications(@Req() req: Request, @Query() query: AgencyApplicationsQuery): Promise<HostedApplicationView[]> {
    return this.tenants.label(await this.forward<ApplicationWithCohortView[]>(req, '/agency/applications', { query }));
  }

  @Get('agency/quotas')
  @ApiOkResponse({ type: [AgencyQuotaStatusView] })
  agencyQuotas(@Req() req: Request): Promise<AgencyQuotaStatusView[]> {
    return this.forward(req, '/agency/quotas');
  }

  @Get('trainees')
  @ApiOkResponse({ type: [TraineeView] })
  trainees(@Req() req: Request, @Query() query: TraineeListQuery): Promise<TraineeView[]> {
    return this.forward(req, '/trainees', { query });
  }

  @Get('trainees/me')
  @ApiOkResponse({ type: TraineeView })
  me(@Req() req: Request): Promise<TraineeView> {
    return this.forward(req, '/trainees/me');
  }

  @Get('trainees/:id')
  @ApiOkResponse({ type: TraineeView })
  trainee(@Req() req: Request, @Param('id', uuid) id: string): Promise<TraineeView> {
    return this.forward(req, `/trainees/${id}`);
  }

  @Post('trainees')
  @ApiCreatedResponse({ type: TraineeView })
  @Roles('admin', 'course_manager', 'agency_admin')
  createTrainee(@Req() req: Request, @Body() body: CreateTraineeDto): Promise<TraineeView> {
    return this.forward(req, '/trainees', { body });
  }

  @Patch('trainees/:id')
  @ApiOkResponse({ type: TraineeView })
  updateTrainee(@Req() req: Request, @Param('id', uuid) id: string, @Body() body: PatchTraineeDto): Promise<TraineeView> {
    return this.forward(req, `/trainees/${id}`, { body });
  }

  @Post('trainees/import')
  @ApiEnrollmentSheetUpload()
  @ApiCreatedResponse({ type: TraineeImportResultView })
  importTrainees(@Req() req: Request, @Headers('x-file-name') fileName = ''): Promise<TraineeImportResultView> {
    return this.upload(req, '/trainees/import', fileName);
  }

  // ---- a course manager's cohort: roster, selection, attendance, completion ----

  @Get('cohorts/:id/roster')
  @ApiOkResponse({ type: CohortRosterView })
  roster(@Req() req: Request, @Param('id', uuid) id: string): Promise<CohortRosterView> {
    return this.forward(req, `/cohorts/${id}/roster`);
  }

  @Get('cohorts/:id/roster/export')
  @ApiEnrollmentSheetResponse('명단 / the roster as a file')
  rosterExport(@Req() req: Request, @Param('id', uuid) id: string, @Query() query: SheetFormatQuery, @Res() res: Response): Promise<void> {
    return this.download(req, `/cohorts/${id}/roster/export`, query, res);
  }

  @Post('cohorts/:id/selection')
  @HttpCode(200)
  @ApiOkResponse({ type: EnrollmentCohortView })
  selection(@Req() req: Request, @Param('id', uuid) id: string): Promise<EnrollmentCohortView> {
    return this.forward(req, `/cohorts/${id}/selection`);
  }

  /** 교육생 직접 추가 (a walk-in, a late nomination by phone): confirmed within the cohort's seats; enrollment decides and audits. */
  @Post('cohorts/:id/trainees')
  @Roles('course_manager', 'admin')
  @ApiCreatedResponse({ type: EnrollmentApplicationView })
  addTrainee(@Req() req: Request, @Param('id', uuid) id: string, @Body() body: AddCohortTraineeDto): Promise<EnrollmentApplicationView> {
    return this.forward(req, `/cohorts/${id}/trainees`, { body });
  }

  @Get('cohorts/:id/attendance')
  @ApiOkResponse({ type: AttendanceSheetView })
  attendance(@Req() req: Request, @Param('id', uuid) id: string): Promise<AttendanceSheetView> {
    return this.forward(req, `/cohorts/${id}/attendance`);
  }

  @Put('cohorts/:id/attendance')
  @ApiOkResponse({ type: AttendanceSheetView })
  @Roles('admin', 'course_manager')
  recordAttendance(@Req() req: Request, @Param('id', uuid) id: string, @Body() body: AttendanceEntriesDto): Promise<AttendanceSheetView> {
    return this.forward(req, `/cohorts/${id}/attendance`, { body });
  }

  @Post('cohorts/:id/attendance/import')
  @ApiEnrollmentSheetUpload()
  @ApiCreatedResponse({ type: AttendanceUploadResultView })
  importAttendance(
    @Req() req: Request,
    @Param('id', uuid) id: string,
    @Headers('x-file-name') fileName = '',
  ): Promise<AttendanceUploadResultView> {
    return this.upload(req, `/cohorts/${id}/attendance/import`, fileName);
  }

  @Get('cohorts/:id/attendance/export')
  @ApiEnrollmentSheetResponse('출석부 / the attendance sheet as a file, in the shape an upload reads')
  attendanceExport(
    @Req() req: Request,
    @Param('id', uuid) id: string,
    @Query() query: SheetFormatQuery,
    @Res() res: Response,
  ): Promise<void> {
    return this.download(req, `/cohorts/${id}/attendance/export`, query, res);
  }

  @Post('cohorts/:id/completion')
  @HttpCode(200)
  @ApiOkResponse({ type: CohortCompletionView })
  complete(@Req() req: Request, @Param('id', uuid) id: string): Promise<CohortCompletionView> {
    return this.forward(req, `/cohorts/${id}/completion`);
  }

  /** 수료증 취소: staff revoke a certificate with a reason (409 CERTIFICATE.ALREADY_REVOKED the second time). */
  @Post('certificates/:id/revoke')
  @HttpCode(200)
  @Roles('admin', 'course_manager')
  @ApiOkResponse({ type: EnrollmentApplicationView })
  revokeCertificate(
    @Req() req: Request,
    @Param('id', uuid) id: string,
    @Body() body: RevokeCertificateDto,
  ): Promise<EnrollmentApplicationView> {
    return this.forward(req, `/certificates/${id}/revoke`, { body });
  }

  @Get('under-filled-cohorts')
  @ApiOkResponse({ type: [EnrollmentCohortView] })
  underFilled(@Req() req: Request): Promise<EnrollmentCohortView[]> {
    return this.forward(req, '/under-filled-cohorts');
  }

  /**
   * 최소 인원 미달 결정: enrollment decides (and moves a merge's trainees); curriculum follows its
   * event, extending the cohort's windows or cancelling it.
   */
  @Post('cohorts/:id/under-fill-decision')
  @HttpCode(200)
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: UnderFillDecisionResultView })
  underFillDecision(
    @Req() req: Request,
    @Param('id', uuid) id: string,
    @Body() body: UnderFillDecisionDto,
  ): Promise<UnderFillDecisionResultView> {
    return this.forward(req, `/cohorts/${id}/under-fill-decision`, { body });
  }

  // ---- surveys, reports, imports ----

  @Get('surveys/mine')
  @ApiOkResponse({ type: [SatisfactionSurveyDueView] })
  surveys(@Req() req: Request): Promise<SatisfactionSurveyDueView[]> {
    return this.forward(req, '/surveys/mine');
  }

  @Post('surveys')
  @ApiCreatedResponse({ type: SatisfactionReceiptView })
  @Roles('trainee')
  submitSurvey(@Req() req: Request, @Body() body: SatisfactionSurveyDto): Promise<SatisfactionReceiptView> {
    return this.forward(req, '/surveys', { body });
  }

  @Get('surveys/results')
  @ApiOkResponse({ type: SatisfactionResultsView })
  @Roles('admin', 'planner', 'course_manager')
  surveyResults(@Req() req: Request, @Query() query: ResultsYearQuery): Promise<SatisfactionResultsView> {
    return this.forward(req, '/surveys/results', { query });
  }

  @Get('reports/results')
  @ApiOkResponse({ type: TrainingResultsView })
  @Roles('admin', 'planner', 'course_manager')
  results(@Req() req: Request, @Query() query: ResultsYearQuery): Promise<TrainingResultsView> {
    return this.forward(req, '/reports/results', { query });
  }

  @Get('reports/results/export')
  @ApiEnrollmentSheetResponse('교육훈련 실적 / the results table as a file')
  @Roles('admin', 'planner', 'course_manager')
  resultsExport(@Req() req: Request, @Query() query: ResultsYearQuery, @Res() res: Response): Promise<void> {
    return this.download(req, '/reports/results/export', query, res);
  }

  @Get('reports/agency')
  @ApiOkResponse({ type: AgencyTrainingReportView })
  @Roles('admin', 'planner', 'course_manager', 'agency_admin')
  agencyReport(@Req() req: Request, @Query() query: AgencyReportQuery): Promise<AgencyTrainingReportView> {
    return this.forward(req, '/reports/agency', { query });
  }

  @Get('reports/agency/export')
  @ApiEnrollmentSheetResponse("기관별 실적 / one agency's year as a file")
  @Roles('admin', 'planner', 'course_manager', 'agency_admin')
  agencyReportExport(@Req() req: Request, @Query() query: AgencyReportQuery, @Res() res: Response): Promise<void> {
    return this.download(req, '/reports/agency/export', query, res);
  }

  @Post('completion-imports')
  @ApiCreatedResponse({ type: CompletionImportView })
  @Roles('admin', 'course_manager')
  createImport(@Req() req: Request, @Body() body: CreateCompletionImportDto): Promise<CompletionImportView> {
    return this.forward(req, '/completion-imports', { body });
  }

  @Get('completion-imports')
  @ApiOkResponse({ type: [CompletionImportView] })
  imports(@Req() req: Request): Promise<CompletionImportView[]> {
    return this.forward(req, '/completion-imports');
  }

  @Get('completion-imports/:id')
  @ApiOkResponse({ type: CompletionImportView })
  importStatus(@Req() req: Request, @Param('id', uuid) id: string): Promise<CompletionImportView> {
    return this.forward(req, `/completion-imports/${id}`);
  }

  @Get('completion-imports/:id/errors')
  @ApiEnrollmentSheetResponse('The refused rows: line, reasons, the row as read, and the coded problems (JSON: line, field, code, params)')
  importErrors(@Req() req: Request, @Param('id', uuid) id: string, @Query() query: SheetFormatQuery, @Res() res: Response): Promise<void> {
    return this.download(req, `/completion-imports/${id}/errors`, query, res);
  }
}
