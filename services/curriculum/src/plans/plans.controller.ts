import {
  ApiPlanReportResponse,
  ApiSpreadsheetResponse,
  CreatePlanVersionDto,
  PlanDeliveryModeReportView,
  PlanFileFormatQuery,
  PlanImportErrorView,
  PlanImportResultView,
  PlanLineDto,
  PlanLineView,
  PlanListQuery,
  PlanQuarterReportView,
  PlanReportFormat,
  PlanReportQuery,
  PlanRestructuringReportView,
  PlanSummaryReportView,
  PlanVersionDetailView,
  PlanVersionReportQuery,
  PlanVersionView,
  PlanYearOnYearQuery,
  PlanYearOnYearReportView,
} from '@baeum/api';
import { Sheet, sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { categoriesOf } from '../categories/categories.queries';
import { found } from '../shared/errors';
import { PLAN_READERS, PLANNERS } from '../shared/roles';
import { deliveryModesSheet, quartersSheet, restructuringSheet, summarySheet, yearOnYearSheet } from './plan-exports';
import { deliveryModes, quartersByBudgetLine, restructuring, summaryByField, yearOnYear } from './plan-reports';
import { planSheetHeader, planSheetRows, planTemplateRows } from './plan-sheet';
import {
  courseCodes,
  defaultComparison,
  linesWithCourses,
  planVersionOf,
  planVersions,
  heldCohorts,
  heldInCategories,
  reportInputs,
  versionsOfYear,
} from './plans.queries';
import { ApprovePlanVersionUseCase } from './usecases/approve-plan-version/approve-plan-version.usecase';
import { CreatePlanVersionUseCase } from './usecases/create-plan-version/create-plan-version.usecase';
import { ImportPlanUseCase } from './usecases/import-plan/import-plan.usecase';
import { SavePlanLineUseCase } from './usecases/save-plan-line/save-plan-line.usecase';

/** A report as JSON, or as a file to save (.xlsx, or CSV with a BOM). */
async function answer<T>(
  res: Response,
  format: PlanReportFormat | undefined,
  report: T,
  sheet: (r: T) => Sheet,
  fileName: string,
): Promise<T | undefined> {
  if (!format || format === 'json') return report;
  const built = sheet(report);
  if (format === 'csv') sendFile(res, toCsv(built.rows), `${fileName}.csv`, 'csv');
  else sendFile(res, await toXlsx([built]), `${fileName}.xlsx`, 'xlsx');
  return undefined;
}

/** The yearly training plan (교육훈련계획): its versions, lines, approval, import and reports. */
@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly createVersion: CreatePlanVersionUseCase,
    private readonly approveVersion: ApprovePlanVersionUseCase,
    private readonly saveLine: SavePlanLineUseCase,
    private readonly importPlan: ImportPlanUseCase,
  ) {}

  @Get()
  @Roles(...PLAN_READERS)
  @ApiOkResponse({ type: [PlanVersionView] })
  list(@CurrentUser() user: AuthUser, @Query() query: PlanListQuery): Promise<PlanVersionView[]> {
    return planVersions(this.dataSource.manager, user.tenantId, { fiscalYear: query.fiscalYear });
  }

  @Post()
  @Roles(...PLANNERS)
  @ApiCreatedResponse({ type: PlanVersionView })
  create(@CurrentUser() user: AuthUser, @Body() body: CreatePlanVersionDto): Promise<PlanVersionView> {
    return this.createVersion.execute(user, body);
  }

  /** The spreadsheet layout imports take, with two example rows. */
  @Get('import-template')
  @Roles(...PLAN_READERS)
  @ApiSpreadsheetResponse('교육훈련계획 양식 / the import template')
  async template(@Query() query: PlanFileFormatQuery, @Res() res: Response): Promise<void> {
    const rows = planTemplateRows();
    if (query.format === 'csv') sendFile(res, toCsv(rows), '교육훈련계획_양식.csv', 'csv');
    else
      sendFile(res, await toXlsx([{ name: '교육훈련계획', rows, widths: [16, 28, 28, 10, 12, 12, 12] }]), '교육훈련계획_양식.xlsx', 'xlsx');
  }

  @Get('reports/summary')
  @Roles(...PLAN_READERS)
  @ApiPlanReportResponse(PlanSummaryReportView, '교육훈련계획 분야별 총괄표 / the summary by field')
  async summary(
    @CurrentUser() user: AuthUser,
    @Query() query: PlanReportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PlanSummaryReportView | undefined> {
    const inputs = await reportInputs(
      this.dataSource.manager,
      user.tenantId,
      query.versionIds ?? (await defaultComparison(this.dataSource.manager, user.tenantId)),
    );
    return answer(
      res,
      query.format,
      summaryByField(inputs.versions, inputs.courses, inputs.categories),
      summarySheet,
      '교육훈련계획_분야별_총괄표',
    );
  }

  @Get('reports/delivery-modes')
  @Roles(...PLAN_READERS)
  @ApiPlanReportResponse(PlanDeliveryModeReportView, '교육방식별 과정 비중 / courses by delivery mode')
  async deliveryModes(
    @CurrentUser() user: AuthUser,
    @Query() query: PlanReportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PlanDeliveryModeReportView | undefined> {
    const inputs = await reportInputs(
      this.dataSource.manager,
      user.tenantId,
      query.versionIds ?? (await defaultComparison(this.dataSource.manager, user.tenantId)),
    );
    return answer(res, query.format, deliveryModes(inputs.versions, inputs.courses), deliveryModesSheet, '교육방식별_과정_비중');
  }

  @Get('reports/restructuring')
  @Roles(...PLAN_READERS)
  @ApiPlanReportResponse(PlanRestructuringReportView, '과정 개편내역 / restructured courses')
  async restructuring(
    @CurrentUser() user: AuthUser,
    @Query() query: PlanReportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PlanRestructuringReportView | undefined> {
    const inputs = await reportInputs(
      this.dataSource.manager,
      user.tenantId,
      query.versionIds ?? (await defaultComparison(this.dataSource.manager, user.tenantId)),
    );
    return answer(res, query.format, restructuring(inputs.versions, inputs.courses), restructuringSheet, '과정_개편내역');
  }

  /**
   * 전년 대비 증감, against the previous year's original plan as the source computes it, or
   * against its latest change; the other is given beside it.
   */
  @Get('reports/year-on-year')
  @Roles(...PLAN_READERS)
  @ApiPlanReportResponse(PlanYearOnYearReportView, '전년 대비 증감 / the change against the previous year')
  async yearOnYear(
    @CurrentUser() user: AuthUser,
    @Query() query: PlanYearOnYearQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PlanYearOnYearReportView | undefined> {
    const m = this.dataSource.manager;
    const version = await planVersionOf(m, user.tenantId, query.versionId);
    const previous = await versionsOfYear(m, user.tenantId, version.fiscalYear - 1);
    const original = previous.find((v) => v.kind === 'original');
    const latestChange =
      [...previous].reverse().find((v) => v.kind === 'changed' && v.status === 'approved') ??
      [...previous].reverse().find((v) => v.kind === 'changed');
    const [base, other] = query.basis === 'changed' ? [latestChange, original] : [original, latestChange];
    found(base, 'PLAN.PREVIOUS_YEAR_MISSING', [`${version.fiscalYear - 1}년도 계획`, `A ${version.fiscalYear - 1} plan`], {
      fiscalYear: version.fiscalYear - 1,
    });
    const ids = [version.id, base!.id, ...(other ? [other.id] : [])];
    const inputs = await reportInputs(m, user.tenantId, ids);
    const [current, from, otherVersion] = inputs.versions;
    return answer(res, query.format, yearOnYear(current, from, otherVersion ?? null, inputs.courses), yearOnYearSheet, '전년_대비_증감');
  }

  @Get('reports/quarters')
  @Roles(...PLAN_READERS)
  @ApiPlanReportResponse(PlanQuarterReportView, '분기별 교육계획 / the plan per quarter by budget line')
  async quarters(
    @CurrentUser() user: AuthUser,
    @Query() query: PlanVersionReportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PlanQuarterReportView | undefined> {
    const m = this.dataSource.manager;
    const inputs = await reportInputs(m, user.tenantId, [query.versionId]);
    const version = inputs.versions[0];
    const categories = version.memoLines.flatMap((memo) => (memo.quarters?.categoryCode ? [memo.quarters.categoryCode] : []));
    const [held, booked] = await Promise.all([
      heldCohorts(
        m,
        user.tenantId,
        version.fiscalYear,
        inputs.courses.map((c) => c.id),
      ),
      heldInCategories(m, user.tenantId, version.fiscalYear, categories),
    ]);
    return answer(res, query.format, quartersByBudgetLine(version, inputs.courses, held, booked), quartersSheet, '분기별_교육계획');
  }

  @Get(':id')
  @Roles(...PLAN_READERS)
  @ApiOkResponse({ type: PlanVersionDetailView })
  async get(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<PlanVersionDetailView> {
    const [version] = await planVersions(this.dataSource.manager, user.tenantId, { ids: [id] });
    found(version, 'PLAN.NOT_FOUND', ['교육훈련계획', 'Plan version'], { versionId: id });
    const lines = await linesWithCourses(this.dataSource.manager, user.tenantId, id);
    return {
      ...version,
      lines: lines.map(({ course, sessions, trainees }) => ({
        courseId: course.id,
        code: course.code,
        nameKo: course.nameKo,
        nameEn: course.nameEn,
        educationType: course.educationType,
        fieldCode: course.fieldCode,
        subfieldCode: course.subfieldCode,
        deliveryMode: course.deliveryMode,
        yearStatus: course.yearStatus,
        generated: course.generated,
        sessions,
        trainees,
      })),
    };
  }

  /** The version in the import layout: edit in Excel, upload to a draft. */
  @Get(':id/export')
  @Roles(...PLAN_READERS)
  @ApiSpreadsheetResponse('The version in the import layout')
  async export(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: PlanFileFormatQuery,
    @Res() res: Response,
  ): Promise<void> {
    const m = this.dataSource.manager;
    const version = await planVersionOf(m, user.tenantId, id);
    const lines = await linesWithCourses(m, user.tenantId, id);
    const codeOf = await courseCodes(
      m,
      lines.map((l) => l.course.replacesCourseId).filter((x): x is string => !!x),
    );
    const categories = await categoriesOf(m, user.tenantId);
    const rows = [
      planSheetHeader(),
      ...planSheetRows(
        lines.map((l) => ({
          course: { ...l.course, replacesCode: l.course.replacesCourseId ? (codeOf.get(l.course.replacesCourseId) ?? null) : null },
          sessions: l.sessions,
          trainees: l.trainees,
        })),
        categories,
      ),
    ];
    const name = version.labelKo.replace(/[^\p{L}\p{N}]+/gu, '_');
    if (query.format === 'csv') sendFile(res, toCsv(rows), `${name}.csv`, 'csv');
    else sendFile(res, await toXlsx([{ name: '교육훈련계획', rows, widths: [16, 32, 32, 10, 12, 12, 12] }]), `${name}.xlsx`, 'xlsx');
  }

  @Put(':id/lines/:courseId')
  @Roles(...PLANNERS)
  @ApiOkResponse({ type: PlanLineView })
  putLine(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('courseId', new ParseUUIDPipe()) courseId: string,
    @Body() body: PlanLineDto,
  ): Promise<PlanLineView> {
    return this.saveLine.put(user, id, courseId, body);
  }

  @Delete(':id/lines/:courseId')
  @HttpCode(204)
  @Roles(...PLANNERS)
  @ApiNoContentResponse({ description: 'The course is out of the draft version' })
  removeLine(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('courseId', new ParseUUIDPipe()) courseId: string,
  ): Promise<void> {
    return this.saveLine.remove(user, id, courseId);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(...PLANNERS)
  @ApiOkResponse({ type: PlanVersionView })
  approve(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<PlanVersionView> {
    return this.approveVersion.execute(user, id);
  }

  /** The file is the raw body (application/octet-stream), its name in X-File-Name. */
  @Post(':id/import')
  @HttpCode(200)
  @Roles(...PLANNERS)
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiHeader({ name: 'x-file-name', required: true, description: "The file's name, URI-encoded (.xlsx or .csv)" })
  @ApiOkResponse({ type: PlanImportResultView })
  @ApiBadRequestResponse({
    type: PlanImportErrorView,
    description: 'No file, an unreadable file, or rows with problems (each listed in `rows`); nothing is imported',
  })
  import(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() req: Request,
    @Headers('x-file-name') fileName: string | undefined,
  ): Promise<PlanImportResultView> {
    return this.importPlan.execute(user, id, req.body, fileName ? safeDecode(fileName) : undefined);
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
