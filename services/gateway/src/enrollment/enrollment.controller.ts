import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, ConflictException, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Patch, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ServiceClients } from '../clients/service-clients';
import { HostTenants } from './host-tenants';
import { UnderFillDecisionBody } from './under-fill.dto';

const tokenOf = (req: Request) => (req.headers.authorization ?? '').slice('Bearer '.length);
/** Query strings go on as they came (first value of each), validated by the service. */
const queryOf = (req: Request) => Object.fromEntries(Object.entries(req.query).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : Array.isArray(v) && typeof v[0] === 'string' ? [[k, v[0]]] : [])));
const uuid = new ParseUUIDPipe();
const UNDER_FILLED = '최소 인원 미달 / below its minimum fill';

type CohortItem = { hostTenantId: string };
type ApplicationItem = { hostTenantId: string; cohort?: { hostTenantId: string } };

/**
 * The enrollment pages' API. Most calls pass through with the caller's token (enrollment checks
 * it, validates and scopes); the gateway adds the hosting institute's name where a cohort may be
 * another tenant's, and carries out under-fill decisions that change curriculum's cohort.
 */
@ApiTags('enrollment')
@ApiBearerAuth()
@Controller('api/enrollment')
export class EnrollmentController {
  constructor(
    private readonly services: ServiceClients,
    private readonly tenants: HostTenants,
  ) {}

  private forward<T = unknown>(req: Request, path: string): Promise<T> {
    const method = req.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    return this.services.call<T>('enrollment', path, { token: tokenOf(req), method, query: queryOf(req), body: method === 'GET' ? undefined : (req.body ?? {}) });
  }

  private download(req: Request, path: string, res: Response) {
    return this.services.download('enrollment', path, { token: tokenOf(req), query: queryOf(req) }, res);
  }

  private upload(req: Request, path: string, fileName: string) {
    return this.services.upload('enrollment', path, { token: tokenOf(req), content: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0), fileName: decodeURIComponent(fileName) });
  }

  // ---- catalog, applications, schedule ----

  @Get('catalog')
  async catalog(@Req() req: Request) {
    return this.tenants.label(await this.forward<CohortItem[]>(req, '/catalog'));
  }

  @Get('cohorts')
  cohorts(@Req() req: Request) {
    return this.forward(req, '/cohorts');
  }

  @Get('cohorts/:id')
  async cohort(@Req() req: Request, @Param('id', uuid) id: string) {
    const [cohort] = await this.tenants.label([await this.forward<CohortItem>(req, `/cohorts/${id}`)]);
    return cohort;
  }

  @Post('applications')
  apply(@Req() req: Request) {
    return this.forward(req, '/applications');
  }

  @Get('applications/mine')
  async mine(@Req() req: Request) {
    return this.tenants.label(await this.forward<ApplicationItem[]>(req, '/applications/mine'));
  }

  @Get('applications/:id')
  application(@Req() req: Request, @Param('id', uuid) id: string) {
    return this.forward(req, `/applications/${id}`);
  }

  @Post('applications/:id/cancel')
  @HttpCode(200)
  cancel(@Req() req: Request, @Param('id', uuid) id: string) {
    return this.forward(req, `/applications/${id}/cancel`);
  }

  @Post('applications/:id/decision')
  @HttpCode(200)
  decide(@Req() req: Request, @Param('id', uuid) id: string) {
    return this.forward(req, `/applications/${id}/decision`);
  }

  @Put('applications/:id/assessment')
  assessment(@Req() req: Request, @Param('id', uuid) id: string) {
    return this.forward(req, `/applications/${id}/assessment`);
  }

  @Put('applications/:id/progress')
  progress(@Req() req: Request, @Param('id', uuid) id: string) {
    return this.forward(req, `/applications/${id}/progress`);
  }

  @Get('notifications')
  notifications(@Req() req: Request) {
    return this.forward(req, '/notifications');
  }

  // ---- agencies and their staff ----

  @Get('agencies')
  agencies(@Req() req: Request) {
    return this.forward(req, '/agencies');
  }

  @Post('nominations')
  nominate(@Req() req: Request) {
    return this.forward(req, '/nominations');
  }

  @Get('agency/applications')
  async agencyApplications(@Req() req: Request) {
    return this.tenants.label(await this.forward<ApplicationItem[]>(req, '/agency/applications'));
  }

  @Get('agency/quotas')
  agencyQuotas(@Req() req: Request) {
    return this.forward(req, '/agency/quotas');
  }

  @Get('trainees')
  trainees(@Req() req: Request) {
    return this.forward(req, '/trainees');
  }

  @Get('trainees/me')
  me(@Req() req: Request) {
    return this.forward(req, '/trainees/me');
  }

  @Get('trainees/:id')
  trainee(@Req() req: Request, @Param('id', uuid) id: string) {
    return this.forward(req, `/trainees/${id}`);
  }

  @Post('trainees')
  createTrainee(@Req() req: Request) {
    return this.forward(req, '/trainees');
  }

  @Patch('trainees/:id')
  updateTrainee(@Req() req: Request, @Param('id', uuid) id: string) {
    return this.forward(req, `/trainees/${id}`);
  }

  @Post('trainees/import')
  importTrainees(@Req() req: Request, @Headers('x-file-name') fileName = '') {
    return this.upload(req, '/trainees/import', fileName);
  }

  // ---- a course manager's cohort: roster, selection, attendance, completion ----

  @Get('cohorts/:id/roster')
  roster(@Req() req: Request, @Param('id', uuid) id: string) {
    return this.forward(req, `/cohorts/${id}/roster`);
  }

  @Get('cohorts/:id/roster/export')
  rosterExport(@Req() req: Request, @Param('id', uuid) id: string, @Res() res: Response) {
    return this.download(req, `/cohorts/${id}/roster/export`, res);
  }

  @Post('cohorts/:id/selection')
  @HttpCode(200)
  selection(@Req() req: Request, @Param('id', uuid) id: string) {
    return this.forward(req, `/cohorts/${id}/selection`);
  }

  @Get('cohorts/:id/attendance')
  attendance(@Req() req: Request, @Param('id', uuid) id: string) {
    return this.forward(req, `/cohorts/${id}/attendance`);
  }

  @Put('cohorts/:id/attendance')
  recordAttendance(@Req() req: Request, @Param('id', uuid) id: string) {
    return this.forward(req, `/cohorts/${id}/attendance`);
  }

  @Post('cohorts/:id/attendance/import')
  importAttendance(@Req() req: Request, @Param('id', uuid) id: string, @Headers('x-file-name') fileName = '') {
    return this.upload(req, `/cohorts/${id}/attendance/import`, fileName);
  }

  @Get('cohorts/:id/attendance/export')
  attendanceExport(@Req() req: Request, @Param('id', uuid) id: string, @Res() res: Response) {
    return this.download(req, `/cohorts/${id}/attendance/export`, res);
  }

  @Post('cohorts/:id/completion')
  @HttpCode(200)
  complete(@Req() req: Request, @Param('id', uuid) id: string) {
    return this.forward(req, `/cohorts/${id}/completion`);
  }

  @Get('under-filled-cohorts')
  underFilled(@Req() req: Request) {
    return this.forward(req, '/under-filled-cohorts');
  }

  /**
   * 최소 인원 미달 결정. Extending applications and cancelling change curriculum's cohort: curriculum
   * is asked, and its event brings the change to enrollment (a new cut-off clears the flag until
   * then; a cancellation releases every seat and tells everyone). Merging moves the trainees in
   * enrollment first, then the emptied cohort is cancelled in curriculum.
   */
  @Post('cohorts/:id/under-fill-decision')
  @HttpCode(200)
  @Roles('course_manager', 'admin')
  async underFillDecision(@CurrentUser() user: AuthUser, @Req() req: Request, @Param('id', uuid) id: string, @Body() body: UnderFillDecisionBody) {
    const token = tokenOf(req);
    const reason = body.note?.trim() || UNDER_FILLED;
    const cohort = await this.services.call<{ hostTenantId: string; underFilled: boolean }>('enrollment', `/cohorts/${id}`, { token });
    if (cohort.hostTenantId !== user.tenantId) throw new NotFoundException('기수를 찾을 수 없습니다 / Cohort not found');
    if (!cohort.underFilled) throw new ConflictException({ statusCode: 409, message: '최소 인원 미달로 결정을 기다리는 기수가 아닙니다 / The cohort is not awaiting an under-fill decision' });
    if (body.decision === 'extend') {
      await this.services.call('curriculum', `/cohorts/${id}`, { token, method: 'PATCH', body: { applicationCloses: body.applicationCloses, minimumFillCutoff: body.minimumFillCutoff ?? body.applicationCloses, reason } });
      return { cohortId: id, decision: 'extend', moved: 0 };
    }
    const merged =
      body.decision === 'merge'
        ? await this.services.call<{ moved: number }>('enrollment', `/cohorts/${id}/under-fill-decision`, { token, method: 'POST', body: { decision: 'merge', targetCohortId: body.targetCohortId, note: body.note } })
        : null;
    await this.services.call('curriculum', `/cohorts/${id}/cancel`, { token, method: 'POST', body: { reason } });
    return { cohortId: id, decision: body.decision, moved: merged?.moved ?? 0 };
  }

  // ---- surveys, reports, imports ----

  @Get('surveys/mine')
  surveys(@Req() req: Request) {
    return this.forward(req, '/surveys/mine');
  }

  @Post('surveys')
  submitSurvey(@Req() req: Request) {
    return this.forward(req, '/surveys');
  }

  @Get('surveys/results')
  surveyResults(@Req() req: Request) {
    return this.forward(req, '/surveys/results');
  }

  @Get('reports/results')
  results(@Req() req: Request) {
    return this.forward(req, '/reports/results');
  }

  @Get('reports/results/export')
  resultsExport(@Req() req: Request, @Res() res: Response) {
    return this.download(req, '/reports/results/export', res);
  }

  @Get('reports/agency')
  agencyReport(@Req() req: Request) {
    return this.forward(req, '/reports/agency');
  }

  @Get('reports/agency/export')
  agencyReportExport(@Req() req: Request, @Res() res: Response) {
    return this.download(req, '/reports/agency/export', res);
  }

  @Post('completion-imports')
  createImport(@Req() req: Request) {
    return this.forward(req, '/completion-imports');
  }

  @Get('completion-imports')
  imports(@Req() req: Request) {
    return this.forward(req, '/completion-imports');
  }

  @Get('completion-imports/:id')
  importStatus(@Req() req: Request, @Param('id', uuid) id: string) {
    return this.forward(req, `/completion-imports/${id}`);
  }

  @Get('completion-imports/:id/errors')
  importErrors(@Req() req: Request, @Param('id', uuid) id: string, @Res() res: Response) {
    return this.download(req, `/completion-imports/${id}/errors`, res);
  }
}
