import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { invalidInput } from '@baeum/service-kit';
import { ServiceClients } from '../clients/service-clients';
import { textQuery, tokenOf } from '../cohorts/passing-on';

const CATEGORY_CODE = /^[a-z][a-z0-9_]{1,39}$/;
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

  private call(authorization: string, path: string, options: { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; query?: Record<string, unknown>; body?: unknown } = {}) {
    return this.services.call('curriculum', path, { token: tokenOf(authorization), method: options.method, query: options.query ? textQuery(options.query) : undefined, body: options.body });
  }

  /** A report or export: JSON by default, a file with `format=xlsx` or `format=csv`. */
  private async report(authorization: string, path: string, query: Record<string, unknown>, res: Response) {
    const q = textQuery(query);
    if (q.format === 'xlsx' || q.format === 'csv') return this.services.download('curriculum', path, { token: tokenOf(authorization), query: q, timeoutMs: FILE_TIMEOUT_MS }, res);
    res.json(await this.services.call('curriculum', path, { token: tokenOf(authorization), query: q }));
  }

  // ---- categories
  @Get('categories')
  categories(@Headers('authorization') auth: string) {
    return this.call(auth, '/categories');
  }

  @Post('categories')
  createCategory(@Headers('authorization') auth: string, @Body() body: Record<string, unknown>) {
    return this.call(auth, '/categories', { method: 'POST', body });
  }

  @Patch('categories/:code')
  updateCategory(@Headers('authorization') auth: string, @Param('code') code: string, @Body() body: Record<string, unknown>) {
    if (!CATEGORY_CODE.test(code)) throw invalidInput([{ field: 'code', messages: ['분류 코드가 올바르지 않습니다 / bad category code'] }]);
    return this.call(auth, `/categories/${code}`, { method: 'PATCH', body });
  }

  // ---- courses (the catalog); GET /api/courses stays in cohorts/ for the walking skeleton's page
  @Get('course-years')
  courseYears(@Headers('authorization') auth: string) {
    return this.call(auth, '/courses/years');
  }

  @Get('courses/:id')
  course(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.call(auth, `/courses/${id}`);
  }

  @Post('courses')
  createCourse(@Headers('authorization') auth: string, @Body() body: Record<string, unknown>) {
    return this.call(auth, '/courses', { method: 'POST', body });
  }

  @Patch('courses/:id')
  updateCourse(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: Record<string, unknown>) {
    return this.call(auth, `/courses/${id}`, { method: 'PATCH', body });
  }

  // ---- plans
  @Get('plans')
  plans(@Headers('authorization') auth: string, @Query() query: Record<string, unknown>) {
    return this.call(auth, '/plans', { query });
  }

  @Post('plans')
  createPlan(@Headers('authorization') auth: string, @Body() body: Record<string, unknown>) {
    return this.call(auth, '/plans', { method: 'POST', body });
  }

  @Get('plans/import-template')
  template(@Headers('authorization') auth: string, @Query() query: Record<string, unknown>, @Res() res: Response) {
    return this.services.download('curriculum', '/plans/import-template', { token: tokenOf(auth), query: textQuery(query) }, res);
  }

  @Get('plans/reports/:report')
  planReport(@Headers('authorization') auth: string, @Param('report') report: string, @Query() query: Record<string, unknown>, @Res() res: Response) {
    if (!['summary', 'delivery-modes', 'restructuring', 'year-on-year', 'quarters'].includes(report)) throw invalidInput([{ field: 'report', messages: ['없는 보고서입니다 / no such report'] }]);
    return this.report(auth, `/plans/reports/${report}`, query, res);
  }

  @Get('plans/:id')
  plan(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.call(auth, `/plans/${id}`);
  }

  @Get('plans/:id/export')
  exportPlan(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: Record<string, unknown>, @Res() res: Response) {
    return this.services.download('curriculum', `/plans/${id}/export`, { token: tokenOf(auth), query: textQuery(query), timeoutMs: FILE_TIMEOUT_MS }, res);
  }

  @Put('plans/:id/lines/:courseId')
  putLine(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Param('courseId', new ParseUUIDPipe()) courseId: string, @Body() body: Record<string, unknown>) {
    return this.call(auth, `/plans/${id}/lines/${courseId}`, { method: 'PUT', body });
  }

  @Delete('plans/:id/lines/:courseId')
  @HttpCode(204)
  async removeLine(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Param('courseId', new ParseUUIDPipe()) courseId: string) {
    await this.call(auth, `/plans/${id}/lines/${courseId}`, { method: 'DELETE' });
  }

  @Post('plans/:id/approve')
  @HttpCode(200)
  approvePlan(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.call(auth, `/plans/${id}/approve`, { method: 'POST' });
  }

  /** The spreadsheet is the raw body (application/octet-stream), its name in X-File-Name. */
  @Post('plans/:id/import')
  @HttpCode(200)
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  importPlan(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @Headers('x-file-name') fileName: string | undefined) {
    const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    return this.services.upload('curriculum', `/plans/${id}/import`, { token: tokenOf(auth), content, fileName: fileName ? decodeURIComponentSafe(fileName) : '', timeoutMs: FILE_TIMEOUT_MS });
  }

  // ---- rooms, instructors, settings
  @Get('rooms')
  rooms(@Headers('authorization') auth: string) {
    return this.call(auth, '/rooms');
  }

  @Post('rooms')
  createRoom(@Headers('authorization') auth: string, @Body() body: Record<string, unknown>) {
    return this.call(auth, '/rooms', { method: 'POST', body });
  }

  @Patch('rooms/:id')
  updateRoom(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: Record<string, unknown>) {
    return this.call(auth, `/rooms/${id}`, { method: 'PATCH', body });
  }

  @Get('rooms/:id/schedule')
  roomSchedule(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: Record<string, unknown>) {
    return this.call(auth, `/rooms/${id}/schedule`, { query });
  }

  @Get('instructors')
  instructors(@Headers('authorization') auth: string) {
    return this.call(auth, '/instructors');
  }

  @Post('instructors')
  createInstructor(@Headers('authorization') auth: string, @Body() body: Record<string, unknown>) {
    return this.call(auth, '/instructors', { method: 'POST', body });
  }

  @Patch('instructors/:id')
  updateInstructor(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: Record<string, unknown>) {
    return this.call(auth, `/instructors/${id}`, { method: 'PATCH', body });
  }

  @Get('instructors/:id/schedule')
  instructorSchedule(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: Record<string, unknown>) {
    return this.call(auth, `/instructors/${id}/schedule`, { query });
  }

  @Get('curriculum-settings')
  settings(@Headers('authorization') auth: string) {
    return this.call(auth, '/settings');
  }

  @Put('curriculum-settings')
  updateSettings(@Headers('authorization') auth: string, @Body() body: Record<string, unknown>) {
    return this.call(auth, '/settings', { method: 'PUT', body });
  }

  // ---- demand surveys
  @Get('demand-surveys')
  surveys(@Headers('authorization') auth: string) {
    return this.call(auth, '/surveys');
  }

  @Post('demand-surveys')
  createSurvey(@Headers('authorization') auth: string, @Body() body: Record<string, unknown>) {
    return this.call(auth, '/surveys', { method: 'POST', body });
  }

  @Get('demand-surveys/:id/results')
  surveyResults(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Query() query: Record<string, unknown>) {
    return this.call(auth, `/surveys/${id}/results`, { query });
  }

  @Get('demand-surveys/:id/my-response')
  myResponse(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.call(auth, `/surveys/${id}/my-response`);
  }

  @Post('demand-surveys/:id/responses')
  answer(@Headers('authorization') auth: string, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: Record<string, unknown>) {
    return this.call(auth, `/surveys/${id}/responses`, { method: 'POST', body });
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
