import {
  ApiEnrollmentSheetResponse,
  CatalogCohortView,
  CohortCatalogQuery,
  CohortRosterView,
  CohortWithQuotasView,
  EnrollmentCohortView,
  INSTITUTE_USERS,
  SheetFormatQuery,
  UnderFillDecisionResultView,
  UnderFillRecordDto,
} from '@baeum/api';
import { sendFile, toCsv, toXlsx } from '@baeum/documents';
import { AuthUser, conflict, CurrentUser, notFound, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource, EntityManager, In } from 'typeorm';
import { Application } from '../applications/application.entity';
import { applicationView } from '../applications/application.view';
import { COHORT_CLOSED } from '../applications/usecases/decide-approval/decide-approval.usecase';
import { COHORT_NOT_FOUND, visibleTo } from '../applications/usecases/submit-application/submit-application.usecase';
import { cancellationRefusal } from '../applications/usecases/cancel-application/cancel-application.usecase';
import { RunSelectionUseCase } from '../applications/usecases/run-selection/run-selection.usecase';
import { seoulToday } from '@baeum/calendar';
import { SeatBook } from '../seats/seat-book';
import { Trainee } from '../trainees/trainee.entity';
import { AgencyQuota } from './agency-quota.entity';
import { isUnderFilled } from './cohort-rules';
import { Cohort } from './cohort.entity';
import { cohortView } from './cohort.view';
import { MergeCohortUseCase } from './usecases/merge-cohort/merge-cohort.usecase';

/** The cohort is unknown here, or not the caller's to see. */
const cohortNotFound = () => notFound('ENROLLMENT_COHORT.NOT_FOUND', { message: COHORT_NOT_FOUND });

const STATUS_LABELS: Record<string, string> = {
  pending: '승인 대기',
  approved: '선발 대기',
  waitlisted: '대기',
  confirmed: '확정',
  cancelled: '취소',
  rejected: '반려',
};

@ApiTags('cohorts')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller()
export class CohortsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: SeatBook,
    private readonly selection: RunSelectionUseCase,
    private readonly merge: MergeCohortUseCase,
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
      const qb = tx
        .getRepository(Cohort)
        .createQueryBuilder('c')
        .where(`c.status = 'scheduled' AND c.application_closes >= :today`, { today: seoulToday() })
        .andWhere('(c.tenant_id = :tenant OR c.open_to_other_provinces)', { tenant: user.tenantId })
        .orderBy('c.start_date')
        .addOrderBy('c.course_code')
        .take(300);
      if (query.educationType) qb.andWhere('c.education_type = :type', { type: query.educationType });
      if (query.q)
        qb.andWhere(`(c.course_name_ko ILIKE :q OR c.course_name_en ILIKE :q OR c.course_code ILIKE :q)`, {
          q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%`,
        });
      const cohorts = await qb.getMany();
      const ids = cohorts.map((c) => c.cohortId);
      const quotas =
        user.agencyCode && ids.length > 0 ? await tx.find(AgencyQuota, { where: { cohortId: In(ids), agencyCode: user.agencyCode } }) : [];
      const trainee = user.role === 'trainee' ? await tx.findOne(Trainee, { where: { userId: user.userId } }) : null;
      const mine =
        trainee && ids.length > 0
          ? await tx.find(Application, { where: { traineeId: trainee.id, cohortId: In(ids) }, order: { appliedAt: 'ASC' } })
          : [];
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

  /** The institute's cohorts for its staff (rosters, attendance): upcoming and recent, any status. */
  @Get('cohorts')
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: [EnrollmentCohortView] })
  async list(@CurrentUser() user: AuthUser): Promise<EnrollmentCohortView[]> {
    const cohorts = await this.dataSource
      .getRepository(Cohort)
      .find({ where: { tenantId: user.tenantId }, order: { startDate: 'DESC' }, take: 300 });
    return cohorts.map(cohortView);
  }

  /** A cohort the caller may see (their institute's, or one open to them), with its quotas. */
  @Get('cohorts/:cohortId')
  @ApiOkResponse({ type: CohortWithQuotasView })
  async get(@CurrentUser() user: AuthUser, @Param('cohortId', new ParseUUIDPipe()) cohortId: string): Promise<CohortWithQuotasView> {
    return this.dataSource.transaction(async (tx) => {
      const cohort = await tx.findOne(Cohort, { where: { cohortId } });
      if (!cohort || !visibleTo(cohort, user.tenantId)) throw cohortNotFound();
      const quotas = await tx.find(AgencyQuota, { where: { cohortId }, order: { agencyCode: 'ASC' } });
      return { ...cohortView(cohort), quotas: quotas.map(({ agencyCode, seats, confirmed }) => ({ agencyCode, seats, confirmed })) };
    });
  }

  /** 명단: every application of the host institute's cohort, in seat order. */
  @Get('cohorts/:cohortId/roster')
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: CohortRosterView })
  async roster(@CurrentUser() user: AuthUser, @Param('cohortId', new ParseUUIDPipe()) cohortId: string): Promise<CohortRosterView> {
    const { cohort, apps, quotas } = await this.dataSource.transaction((tx) => this.loadRoster(tx, user, cohortId));
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
    const { cohort, apps } = await this.dataSource.transaction((tx) => this.loadRoster(tx, user, cohortId));
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
        a.via === 'nomination' ? '기관 추천' : '본인 신청',
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
    const cohort = await this.dataSource.transaction(async (tx) => {
      const locked = await this.seats.lock(tx, cohortId);
      if (!locked || locked.tenantId !== user.tenantId) throw cohortNotFound();
      if (locked.status !== 'scheduled')
        throw conflict('ENROLLMENT_COHORT.NOT_SCHEDULED', { params: { status: locked.status }, message: COHORT_CLOSED });
      await this.selection.execute(tx, locked, seoulToday());
      return locked;
    });
    return cohortView(cohort);
  }

  /** Cohorts of the caller's institute below their minimum fill at the cut-off, awaiting a decision. */
  @Get('under-filled-cohorts')
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: [EnrollmentCohortView] })
  async underFilled(@CurrentUser() user: AuthUser): Promise<EnrollmentCohortView[]> {
    const flagged = await this.dataSource
      .getRepository(Cohort)
      .find({ where: { tenantId: user.tenantId, underFilled: true, status: 'scheduled' }, order: { startDate: 'ASC' } });
    return flagged.map(cohortView);
  }

  /**
   * The course manager's choice for an under-filled cohort. Extending applications and cancelling
   * are curriculum's changes to the cohort (the gateway asks curriculum for them); merging moves
   * the trainees here, now.
   */
  @Post('cohorts/:cohortId/under-fill-decision')
  @HttpCode(200)
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: UnderFillDecisionResultView })
  async decide(
    @CurrentUser() user: AuthUser,
    @Param('cohortId', new ParseUUIDPipe()) cohortId: string,
    @Body() body: UnderFillRecordDto,
  ): Promise<UnderFillDecisionResultView> {
    return this.dataSource.transaction(async (tx) => {
      const cohort = await this.seats.lock(tx, cohortId);
      if (!cohort || cohort.tenantId !== user.tenantId) throw cohortNotFound();
      if (!isUnderFilled(cohort))
        throw conflict('UNDER_FILL.NOT_AWAITING', {
          message: '최소 인원 미달로 결정을 기다리는 기수가 아닙니다 / The cohort is not awaiting an under-fill decision',
        });
      const merged = body.decision === 'merge' ? await this.merge.execute(tx, cohort, body.targetCohortId!) : null;
      await tx.query(`UPDATE enrollment.cohort_seats SET under_fill_decision = $2, fill_version = fill_version + 1 WHERE cohort_id = $1`, [
        cohortId,
        body.decision,
      ]);
      return { cohortId, decision: body.decision, moved: merged?.moved ?? 0 };
    });
  }

  private async loadRoster(tx: EntityManager, user: AuthUser, cohortId: string) {
    const cohort = await tx.findOne(Cohort, { where: { cohortId, tenantId: user.tenantId } });
    if (!cohort) throw cohortNotFound();
    const apps = await tx
      .getRepository(Application)
      .createQueryBuilder('a')
      .where('a.cohort_id = :cohortId', { cohortId })
      .orderBy(`CASE a.status WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 WHEN 'approved' THEN 2 WHEN 'pending' THEN 3 ELSE 4 END`)
      .addOrderBy('COALESCE(a.rank, 2147483647)')
      .addOrderBy('a.applied_at')
      .getMany();
    const quotas = (await tx.find(AgencyQuota, { where: { cohortId }, order: { agencyCode: 'ASC' } })).map(
      ({ agencyCode, seats, confirmed }) => ({ agencyCode, seats, confirmed }),
    );
    return { cohort, apps, quotas };
  }
}
