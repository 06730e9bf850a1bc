import {
  AddCohortTraineeDto,
  EnrollmentApplicationView,
  INSTITUTE_USERS,
  ApiEnrollmentSheetResponse,
  CatalogCohortView,
  CohortCatalogQuery,
  CohortRosterView,
  EnrollmentCohortView,
  SheetFormatQuery,
  UnderFillDecisionDto,
  UnderFillDecisionResultView,
} from '@baeum/api';
import { sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { seoulToday } from '@baeum/calendar';
import { cohortNotFound } from '../cohorts/cohort-rules';
import { cohortView } from '../cohorts/cohort.view';
import { traineeOfUser } from '../trainees/trainees.queries';
import { applicationView } from './application.view';
import { agencyQuotasIn, applicationsOfTraineeIn, cohortRoster, openCohorts } from './applications.queries';
import { AddCohortTraineeUseCase } from './usecases/add-cohort-trainee/add-cohort-trainee.usecase';
import { cancellationRefusal } from './usecases/cancel-application/cancel-application.usecase';
import { DecideUnderFillUseCase } from './usecases/decide-under-fill/decide-under-fill.usecase';
import { SelectCohortUseCase } from './usecases/select-cohort/select-cohort.usecase';

const STATUS_LABELS: Record<string, string> = {
  pending: '승인 대기',
  approved: '선발 대기',
  waitlisted: '대기',
  confirmed: '확정',
  cancelled: '취소',
  rejected: '반려',
};

/** Cohorts as applications see them: the catalog to apply from, the roster, the selection and the under-fill decision. */
@ApiTags('cohorts')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors
// (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller()
export class CohortApplicationsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly selection: SelectCohortUseCase,
    private readonly underFill: DecideUnderFillUseCase,
    private readonly addTrainee: AddCohortTraineeUseCase,
  ) {}

  /**
   * 교육과정 안내: cohorts taking applications that the caller may apply for — their own
   * institute's, and other institutes' cohorts open to officials of other provinces — with seats
   * left, the caller's agency quota and (for trainees) their own application.
   */
  @Get('catalog')
  @ApiOkResponse({ type: [CatalogCohortView] })
  async catalog(@CurrentUser() user: AuthUser, @Query() query: CohortCatalogQuery): Promise<CatalogCohortView[]> {
    return this.dataSource.transaction(async (tx) => {
      const cohorts = await openCohorts(tx, user.tenantId, seoulToday(), query);
      const ids = cohorts.map((c) => c.cohortId);
      const quotas = user.agencyCode && ids.length > 0 ? await agencyQuotasIn(tx, ids, user.agencyCode) : [];
      const trainee = user.role === 'trainee' ? await traineeOfUser(tx, user.userId) : null;
      const mine = trainee && ids.length > 0 ? await applicationsOfTraineeIn(tx, trainee.id, ids) : [];
      return cohorts.map((c) => {
        const quota = quotas.find((q) => q.cohortId === c.cohortId);
        const application = mine.filter((a) => a.cohortId === c.cohortId).pop();
        return {
          ...cohortView(c),
          myAgencyQuota: quota ? { seats: quota.seats, confirmed: quota.confirmed } : null,
          myApplication: application ? { id: application.id, status: application.status } : null,
        };
      });
    });
  }

  /** 명단: every application of the host institute's cohort, in seat order. */
  @Get('cohorts/:cohortId/roster')
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: CohortRosterView })
  async roster(@CurrentUser() user: AuthUser, @Param('cohortId', new ParseUUIDPipe()) cohortId: string): Promise<CohortRosterView> {
    const { cohort, apps, quotas } = await this.loadRoster(user, cohortId);
    const today = seoulToday();
    return {
      cohort: cohortView(cohort),
      quotas,
      applications: apps.map((a) => ({ ...applicationView(a), canCancel: !cancellationRefusal(a, cohort, false, today) })),
    };
  }

  @Get('cohorts/:cohortId/roster/export')
  @Roles('course_manager', 'admin')
  @ApiEnrollmentSheetResponse('명단 / the roster as a file')
  async rosterExport(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', new ParseUUIDPipe()) cohortId: string,
    @Query() query: SheetFormatQuery,
    @Res() res: Response,
  ): Promise<void> {
    const { cohort, apps } = await this.loadRoster(user, cohortId);
    const rows = [
      [
        '신청번호 (application id)',
        '성명 (name)',
        '기관 (agency)',
        '직원번호 (staff no.)',
        '직급 (grade)',
        '직위 (position)',
        '직렬 (job series)',
        '신청 경로 (via)',
        '추천 순위 (rank)',
        '상태 (status)',
        '신청 일시 (applied at, UTC)',
        '출석률 (%)',
        '수료 (completion)',
        '수료증 번호 (certificate)',
      ],
      ...apps.map((a) => [
        a.id,
        a.traineeName,
        a.agencyCode,
        a.employeeNo,
        a.grade,
        a.position,
        a.jobSeries,
        a.via === 'nomination' ? '기관 추천' : a.via === 'staff' ? '직접 추가' : '본인 신청',
        a.rank,
        STATUS_LABELS[a.status] ?? a.status,
        a.appliedAt.toISOString(),
        a.attendancePercent,
        a.completionStatus === 'completed' ? '수료' : a.completionStatus === 'not_completed' ? '미수료' : '',
        a.certificateNo,
      ]),
    ];
    const name = `명단_${cohort.courseCode ?? cohort.cohortId}_${cohort.startDate}`;
    if (query.format === 'csv') sendFile(res, toCsv(rows), `${name}.csv`, 'csv');
    else
      sendFile(
        res,
        await toXlsx([{ name: '명단', rows, widths: [38, 12, 16, 12, 8, 10, 10, 10, 8, 10, 24, 10, 8, 14] }]),
        `${name}.xlsx`,
        'xlsx',
      );
  }

  /** 선발 now, before applications close: seats approved applications by agency rank, then time. */
  @Post('cohorts/:cohortId/selection')
  @HttpCode(200)
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: EnrollmentCohortView })
  async select(@CurrentUser() user: AuthUser, @Param('cohortId', new ParseUUIDPipe()) cohortId: string): Promise<EnrollmentCohortView> {
    const cohort = await this.selection.execute({ actor: user, cohortId });
    return cohortView(cohort);
  }

  /**
   * 교육생 직접 추가: staff seat a trainee of their institute (a walk-in, a late nomination by phone),
   * confirmed when the cohort has a seat for them; who did it and why go to the audit log.
   */
  @Post('cohorts/:cohortId/trainees')
  @Roles('course_manager', 'admin')
  @ApiCreatedResponse({ type: EnrollmentApplicationView })
  async add(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', new ParseUUIDPipe()) cohortId: string,
    @Body() body: AddCohortTraineeDto,
  ): Promise<EnrollmentApplicationView> {
    return applicationView(await this.addTrainee.execute({ actor: user, cohortId, ...body }));
  }

  /**
   * The course manager's choice for an under-filled cohort, decided here: a merge moves the
   * trainees now; curriculum follows the decision's event (extends the windows, or cancels).
   */
  @Post('cohorts/:cohortId/under-fill-decision')
  @HttpCode(200)
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: UnderFillDecisionResultView })
  async decide(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', new ParseUUIDPipe()) cohortId: string,
    @Body() body: UnderFillDecisionDto,
  ): Promise<UnderFillDecisionResultView> {
    return this.underFill.execute({ actor: user, cohortId, ...body });
  }

  private async loadRoster(user: AuthUser, cohortId: string) {
    const found = await this.dataSource.transaction((tx) => cohortRoster(tx, user.tenantId, cohortId));
    if (!found) throw cohortNotFound();
    return found;
  }
}
