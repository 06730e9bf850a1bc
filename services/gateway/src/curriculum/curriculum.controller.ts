import {
  ApiPlanReportResponse,
  ApiSpreadsheetResponse,
  CarryCatalogForwardDto,
  CatalogCarriedView,
  CategoryView,
  CohortListQuery,
  CohortView,
  COURSE_YEARS_SCHEMA,
  CourseDetailView,
  CourseView,
  CreateCategoryDto,
  CreateCourseDto,
  CreateDemandSurveyDto,
  CreateInstructorDto,
  CreatePlanVersionDto,
  CreateRoomDto,
  CURRICULUM_PATTERNS,
  CurriculumSettingsView,
  DemandSurveyAnswerDto,
  DemandSurveyAnswerReceiptView,
  DemandSurveyResultsQuery,
  DemandSurveyResultsView,
  DemandSurveyView,
  InstructorView,
  MyDemandSurveyResponseView,
  PLAN_REPORTS,
  PlanDeliveryModeReportView,
  PlanFileFormatQuery,
  PlanImportErrorView,
  PlanImportResultView,
  PlanLineDto,
  PlanLineView,
  PlanListQuery,
  PlanQuarterReportView,
  PlanReportQuery,
  PlanRestructuringReportView,
  PlanSummaryReportView,
  PlanVersionDetailView,
  PlanVersionReportQuery,
  PlanVersionView,
  PlanYearOnYearQuery,
  PlanYearOnYearReportView,
  RoomView,
  UpdateCategoryDto,
  UpdateCourseDto,
  UpdateCurriculumSettingsDto,
  UpdateInstructorDto,
  UpdateRoomDto,
} from '@baeum/api';
import { fieldError, invalidInput, Roles } from '@baeum/service-kit';
import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExcludeEndpoint,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ServiceClients, textQuery } from '../clients/service-clients';

/** Imports and large exports take longer than an ordinary call. */
const FILE_TIMEOUT_MS = 120_000;

/**
 * The planner's and course manager's side of curriculum, passed on to the curriculum service
 * with the caller's token: it checks roles, validates and scopes to the tenant itself. The
 * cohort endpoints, which combine other services' parts, are in `cohorts/`.
 */
@ApiTags('curriculum')
@ApiBearerAuth()
@Controller('api')
export class CurriculumController {
  constructor(private readonly services: ServiceClients) {}

  private call<T>(
    authorization: string,
    path: string,
    options: { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; query?: object; body?: unknown } = {},
  ): Promise<T> {
    return this.services.call<T>('curriculum', path, { authorization, method: options.method, query: options.query, body: options.body });
  }

  /** A report or export: JSON by default, a file with `format=xlsx` or `format=csv`. */
  private async report(authorization: string, path: string, query: object, res: Response): Promise<void> {
    const q = textQuery(query);
    if (q.format === 'xlsx' || q.format === 'csv')
      return this.services.download('curriculum', path, { authorization, query: q, timeoutMs: FILE_TIMEOUT_MS }, res);
    res.json(await this.services.call('curriculum', path, { authorization, query: q }));
  }

  // ---- categories
  @Get('categories')
  @ApiOkResponse({ type: [CategoryView] })
  categories(@Headers('authorization') auth: string): Promise<CategoryView[]> {
    return this.call(auth, '/categories');
  }

  @Post('categories')
  @ApiCreatedResponse({ type: CategoryView })
  @Roles('admin', 'planner')
  createCategory(@Headers('authorization') auth: string, @Body() body: CreateCategoryDto): Promise<CategoryView> {
    return this.call(auth, '/categories', { method: 'POST', body });
  }

  @Patch('categories/:code')
  @ApiOkResponse({ type: CategoryView })
  @Roles('admin', 'planner')
  updateCategory(
    @Headers('authorization') auth: string,
    @Param('code') code: string,
    @Body() body: UpdateCategoryDto,
  ): Promise<CategoryView> {
    if (!CURRICULUM_PATTERNS.categoryCode.test(code))
      throw invalidInput([fieldError('code', 'VALIDATION.FORMAT', undefined, '분류 코드가 올바르지 않습니다 / bad category code')]);
    return this.call(auth, `/categories/${code}`, { method: 'PATCH', body });
  }

  // ---- courses (the catalog); GET /api/courses stays in cohorts/ for the walking skeleton's page
  @Get('course-years')
  @ApiOkResponse({ schema: COURSE_YEARS_SCHEMA, description: 'The fiscal years that have a catalog, newest first' })
  courseYears(@Headers('authorization') auth: string): Promise<number[]> {
    return this.call(auth, '/courses/years');
  }

  /** 과정 이월: a later year's catalog made from an earlier one's. */
  @Post('course-years')
  @ApiCreatedResponse({ type: CatalogCarriedView })
  @Roles('admin', 'planner')
  carryCatalogForward(@Headers('authorization') auth: string, @Body() body: CarryCatalogForwardDto): Promise<CatalogCarriedView> {
    return this.call(auth, '/courses/years', { method: 'POST', body });
  }

  @Get('courses/:id')
  @ApiOkResponse({ type: CourseDetailView })
  course(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<CourseDetailView> {
    return this.call(auth, `/courses/${id}`);
  }

  @Post('courses')
  @ApiCreatedResponse({ type: CourseView })
  @Roles('admin', 'planner', 'course_manager')
  createCourse(@Headers('authorization') auth: string, @Body() body: CreateCourseDto): Promise<CourseView> {
    return this.call(auth, '/courses', { method: 'POST', body });
  }

  @Patch('courses/:id')
  @ApiOkResponse({ type: CourseView })
  updateCourse(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateCourseDto,
  ): Promise<CourseView> {
    return this.call(auth, `/courses/${id}`, { method: 'PATCH', body });
  }

  // ---- plans
  @Get('plans')
  @ApiOkResponse({ type: [PlanVersionView] })
  plans(@Headers('authorization') auth: string, @Query() query: PlanListQuery): Promise<PlanVersionView[]> {
    return this.call(auth, '/plans', { query });
  }

  @Post('plans')
  @ApiCreatedResponse({ type: PlanVersionView })
  @Roles('admin', 'planner')
  createPlan(@Headers('authorization') auth: string, @Body() body: CreatePlanVersionDto): Promise<PlanVersionView> {
    return this.call(auth, '/plans', { method: 'POST', body });
  }

  @Get('plans/import-template')
  @ApiSpreadsheetResponse('교육훈련계획 양식 / the import template')
  template(@Headers('authorization') auth: string, @Query() query: PlanFileFormatQuery, @Res() res: Response): Promise<void> {
    return this.services.download('curriculum', '/plans/import-template', { authorization: auth, query }, res);
  }

  @Get('plans/reports/summary')
  @ApiPlanReportResponse(PlanSummaryReportView, '교육훈련계획 분야별 총괄표 / the summary by field')
  summaryReport(@Headers('authorization') auth: string, @Query() query: PlanReportQuery, @Res() res: Response): Promise<void> {
    return this.report(auth, '/plans/reports/summary', query, res);
  }

  @Get('plans/reports/delivery-modes')
  @ApiPlanReportResponse(PlanDeliveryModeReportView, '교육방식별 과정 비중 / courses by delivery mode')
  deliveryModesReport(@Headers('authorization') auth: string, @Query() query: PlanReportQuery, @Res() res: Response): Promise<void> {
    return this.report(auth, '/plans/reports/delivery-modes', query, res);
  }

  @Get('plans/reports/restructuring')
  @ApiPlanReportResponse(PlanRestructuringReportView, '과정 개편내역 / restructured courses')
  restructuringReport(@Headers('authorization') auth: string, @Query() query: PlanReportQuery, @Res() res: Response): Promise<void> {
    return this.report(auth, '/plans/reports/restructuring', query, res);
  }

  @Get('plans/reports/year-on-year')
  @ApiPlanReportResponse(PlanYearOnYearReportView, '전년 대비 증감 / the change against the previous year')
  @Roles('admin', 'planner', 'course_manager', 'finance_officer')
  yearOnYearReport(@Headers('authorization') auth: string, @Query() query: PlanYearOnYearQuery, @Res() res: Response): Promise<void> {
    return this.report(auth, '/plans/reports/year-on-year', query, res);
  }

  @Get('plans/reports/quarters')
  @ApiPlanReportResponse(PlanQuarterReportView, '분기별 교육계획 / the plan per quarter by budget line')
  @Roles('admin', 'planner', 'course_manager', 'finance_officer')
  quartersReport(@Headers('authorization') auth: string, @Query() query: PlanVersionReportQuery, @Res() res: Response): Promise<void> {
    return this.report(auth, '/plans/reports/quarters', query, res);
  }

  /** Any other report name: there is none (before `plans/:id`, which would read it as an id). */
  @Get('plans/reports/:report')
  @ApiExcludeEndpoint()
  unknownReport(@Param('report') report: string): never {
    throw invalidInput([
      fieldError('report', 'VALIDATION.ONE_OF', { value: report, values: [...PLAN_REPORTS] }, '없는 보고서입니다 / no such report'),
    ]);
  }

  @Get('plans/:id')
  @ApiOkResponse({ type: PlanVersionDetailView })
  plan(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<PlanVersionDetailView> {
    return this.call(auth, `/plans/${id}`);
  }

  @Get('plans/:id/export')
  @ApiSpreadsheetResponse('The version in the import layout')
  exportPlan(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: PlanFileFormatQuery,
    @Res() res: Response,
  ): Promise<void> {
    return this.services.download('curriculum', `/plans/${id}/export`, { authorization: auth, query, timeoutMs: FILE_TIMEOUT_MS }, res);
  }

  @Put('plans/:id/lines/:courseId')
  @ApiOkResponse({ type: PlanLineView })
  @Roles('admin', 'planner')
  putLine(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('courseId', new ParseUUIDPipe()) courseId: string,
    @Body() body: PlanLineDto,
  ): Promise<PlanLineView> {
    return this.call(auth, `/plans/${id}/lines/${courseId}`, { method: 'PUT', body });
  }

  @Delete('plans/:id/lines/:courseId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The course is out of the draft version' })
  async removeLine(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('courseId', new ParseUUIDPipe()) courseId: string,
  ): Promise<void> {
    await this.call(auth, `/plans/${id}/lines/${courseId}`, { method: 'DELETE' });
  }

  @Post('plans/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: PlanVersionView })
  approvePlan(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<PlanVersionView> {
    return this.call(auth, `/plans/${id}/approve`, { method: 'POST' });
  }

  /** The spreadsheet is the raw body (application/octet-stream), its name in X-File-Name. */
  @Post('plans/:id/import')
  @HttpCode(200)
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiHeader({ name: 'x-file-name', required: true, description: "The file's name, URI-encoded (.xlsx or .csv)" })
  @ApiOkResponse({ type: PlanImportResultView })
  @ApiBadRequestResponse({
    type: PlanImportErrorView,
    description: 'No file, an unreadable file, or rows with problems (each listed in `rows`); nothing is imported',
  })
  importPlan(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() req: Request,
    @Headers('x-file-name') fileName: string | undefined,
  ): Promise<PlanImportResultView> {
    return this.services.upload('curriculum', `/plans/${id}/import`, {
      authorization: auth,
      content: req.body,
      fileName,
      timeoutMs: FILE_TIMEOUT_MS,
    });
  }

  // ---- rooms, instructors, settings
  @Get('rooms')
  @ApiOkResponse({ type: [RoomView] })
  rooms(@Headers('authorization') auth: string): Promise<RoomView[]> {
    return this.call(auth, '/rooms');
  }

  @Post('rooms')
  @ApiCreatedResponse({ type: RoomView })
  @Roles('admin', 'planner', 'course_manager')
  createRoom(@Headers('authorization') auth: string, @Body() body: CreateRoomDto): Promise<RoomView> {
    return this.call(auth, '/rooms', { method: 'POST', body });
  }

  @Patch('rooms/:id')
  @ApiOkResponse({ type: RoomView })
  updateRoom(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateRoomDto,
  ): Promise<RoomView> {
    return this.call(auth, `/rooms/${id}`, { method: 'PATCH', body });
  }

  @Get('rooms/:id/schedule')
  @ApiOkResponse({ type: [CohortView], description: "The room's cohorts (scheduled ones unless a status is asked for)" })
  roomSchedule(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: CohortListQuery,
  ): Promise<CohortView[]> {
    return this.call(auth, `/rooms/${id}/schedule`, { query });
  }

  @Get('instructors')
  @ApiOkResponse({ type: [InstructorView], description: 'Contact details (email, phone) for staff only' })
  instructors(@Headers('authorization') auth: string): Promise<InstructorView[]> {
    return this.call(auth, '/instructors');
  }

  @Post('instructors')
  @ApiCreatedResponse({ type: InstructorView })
  @Roles('admin', 'planner', 'course_manager')
  createInstructor(@Headers('authorization') auth: string, @Body() body: CreateInstructorDto): Promise<InstructorView> {
    return this.call(auth, '/instructors', { method: 'POST', body });
  }

  @Patch('instructors/:id')
  @ApiOkResponse({ type: InstructorView })
  updateInstructor(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateInstructorDto,
  ): Promise<InstructorView> {
    return this.call(auth, `/instructors/${id}`, { method: 'PATCH', body });
  }

  @Get('instructors/:id/schedule')
  @ApiOkResponse({ type: [CohortView], description: "The instructor's cohorts (scheduled ones unless a status is asked for)" })
  instructorSchedule(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: CohortListQuery,
  ): Promise<CohortView[]> {
    return this.call(auth, `/instructors/${id}/schedule`, { query });
  }

  @Get('curriculum-settings')
  @ApiOkResponse({ type: CurriculumSettingsView })
  settings(@Headers('authorization') auth: string): Promise<CurriculumSettingsView> {
    return this.call(auth, '/settings');
  }

  @Put('curriculum-settings')
  @ApiOkResponse({ type: CurriculumSettingsView })
  updateSettings(@Headers('authorization') auth: string, @Body() body: UpdateCurriculumSettingsDto): Promise<CurriculumSettingsView> {
    return this.call(auth, '/settings', { method: 'PUT', body });
  }

  // ---- demand surveys
  @Get('demand-surveys')
  @ApiOkResponse({ type: [DemandSurveyView] })
  surveys(@Headers('authorization') auth: string): Promise<DemandSurveyView[]> {
    return this.call(auth, '/surveys');
  }

  @Post('demand-surveys')
  @ApiCreatedResponse({ type: DemandSurveyView })
  @Roles('admin', 'planner', 'course_manager')
  createSurvey(@Headers('authorization') auth: string, @Body() body: CreateDemandSurveyDto): Promise<DemandSurveyView> {
    return this.call(auth, '/surveys', { method: 'POST', body });
  }

  @Get('demand-surveys/:id/results')
  @ApiOkResponse({ type: DemandSurveyResultsView })
  surveyResults(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: DemandSurveyResultsQuery,
  ): Promise<DemandSurveyResultsView> {
    return this.call(auth, `/surveys/${id}/results`, { query });
  }

  @Get('demand-surveys/:id/my-response')
  @ApiOkResponse({ type: MyDemandSurveyResponseView })
  myResponse(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string): Promise<MyDemandSurveyResponseView> {
    return this.call(auth, `/surveys/${id}/my-response`);
  }

  @Post('demand-surveys/:id/responses')
  @ApiCreatedResponse({ type: DemandSurveyAnswerReceiptView })
  @Roles('admin', 'planner', 'course_manager', 'exam_officer', 'finance_officer', 'agency_admin', 'trainee')
  answer(
    @Headers('authorization') auth: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DemandSurveyAnswerDto,
  ): Promise<DemandSurveyAnswerReceiptView> {
    return this.call(auth, `/surveys/${id}/responses`, { method: 'POST', body });
  }
}
