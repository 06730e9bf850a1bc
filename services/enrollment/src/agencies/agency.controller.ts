import {
  AgencyApplicationsQuery,
  AgencyQuotaStatusView,
  AgencyView,
  ApplicationWithCohortView,
  codeForStatus,
  ErrorCode,
  ErrorParams,
  INSTITUTE_USERS,
  NominateDto,
  NominationResultsView,
  NomineeResultView,
} from '@baeum/api';
import { AuthUser, CurrentUser, fieldError, invalidInput, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpException, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource, In } from 'typeorm';
import { Application } from '../applications/application.entity';
import { applicationWithCohort } from '../applications/application.view';
import { SubmitApplicationUseCase } from '../applications/usecases/submit-application/submit-application.usecase';
import { seoulToday } from '@baeum/calendar';
import { AgencyQuota } from '../cohorts/agency-quota.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { cohortView } from '../cohorts/cohort.view';
import { Agency } from './agency.entity';

/** An agency admin's view: their own agency's staff only, at every institute. */
@ApiTags('agency')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller()
export class AgencyController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly submit: SubmitApplicationUseCase,
  ) {}

  /** The tenant's agencies (names for codes); everyone signed in may read them. */
  @Get('agencies')
  @ApiOkResponse({ type: [AgencyView] })
  agencies(@CurrentUser() user: AuthUser): Promise<AgencyView[]> {
    return this.dataSource.getRepository(Agency).find({ where: { tenantId: user.tenantId }, order: { nameKo: 'ASC' } });
  }

  @Get('agency/applications')
  @Roles('agency_admin')
  @ApiOkResponse({ type: [ApplicationWithCohortView] })
  async applications(@CurrentUser() user: AuthUser, @Query() query: AgencyApplicationsQuery): Promise<ApplicationWithCohortView[]> {
    const apps = await this.dataSource.getRepository(Application).find({
      where: {
        traineeTenantId: user.tenantId,
        agencyCode: user.agencyCode!,
        ...(query.cohortId ? { cohortId: query.cohortId } : {}),
        ...(query.status ? { status: query.status } : {}),
      },
      order: { appliedAt: 'DESC' },
      take: 1000,
    });
    const cohorts = new Map(
      (await this.dataSource.getRepository(Cohort).find({ where: { cohortId: In([...new Set(apps.map((a) => a.cohortId))]) } })).map(
        (c) => [c.cohortId, c],
      ),
    );
    return apps.map((a) => applicationWithCohort(a, cohorts.get(a.cohortId)));
  }

  /** 기관별 배정 인원: the agency's quotas in its institute's open cohorts and how much of each is used. */
  @Get('agency/quotas')
  @Roles('agency_admin')
  @ApiOkResponse({ type: [AgencyQuotaStatusView] })
  async quotas(@CurrentUser() user: AuthUser): Promise<AgencyQuotaStatusView[]> {
    const rows = await this.dataSource
      .getRepository(AgencyQuota)
      .createQueryBuilder('q')
      .innerJoinAndMapOne('q.cohort', Cohort, 'c', 'c.cohort_id = q.cohort_id')
      .where(`q.agency_code = :agency AND c.tenant_id = :tenant AND c.status = 'scheduled' AND c.end_date >= :today`, {
        agency: user.agencyCode,
        tenant: user.tenantId,
        today: seoulToday(),
      })
      .orderBy('c.start_date')
      .getMany();
    const counts: { cohort_id: string; status: string; n: number }[] = rows.length
      ? await this.dataSource.query(
          `SELECT cohort_id, status, count(*)::int AS n FROM enrollment.application WHERE agency_code = $1 AND cohort_id = ANY($2) GROUP BY 1, 2`,
          [user.agencyCode, rows.map((r) => r.cohortId)],
        )
      : [];
    const count = (cohortId: string, status: string) => counts.find((c) => c.cohort_id === cohortId && c.status === status)?.n ?? 0;
    return rows.map((q) => {
      const cohort = (q as AgencyQuota & { cohort: Cohort }).cohort;
      return {
        cohort: cohortView(cohort),
        seats: q.seats,
        confirmed: q.confirmed,
        waitlisted: count(q.cohortId, 'waitlisted'),
        pending: count(q.cohortId, 'pending') + count(q.cohortId, 'approved'),
      };
    });
  }

  /** 교육생 추천: the agency's nominees for a cohort, in rank order; each succeeds or fails on its own. */
  @Post('nominations')
  @Roles('agency_admin')
  @ApiCreatedResponse({ type: NominationResultsView })
  async nominate(@CurrentUser() user: AuthUser, @Body() body: NominateDto): Promise<NominationResultsView> {
    const ranks = body.nominees.map((n) => n.rank);
    const traineeIds = body.nominees.map((n) => n.traineeId);
    const sameRank = ranks.findIndex((rank, i) => ranks.indexOf(rank) !== i);
    if (sameRank >= 0)
      throw invalidInput([
        fieldError(
          'nominees',
          'NOMINATION.DUPLICATE_RANK',
          { rank: ranks[sameRank], index: sameRank },
          '순위가 겹칩니다 / each nominee needs a rank of their own',
        ),
      ]);
    const sameTrainee = traineeIds.findIndex((id, i) => traineeIds.indexOf(id) !== i);
    if (sameTrainee >= 0)
      throw invalidInput([
        fieldError(
          'nominees',
          'NOMINATION.DUPLICATE_TRAINEE',
          { traineeId: traineeIds[sameTrainee], index: sameTrainee },
          '같은 교육생이 두 번 있습니다 / a trainee is named twice',
        ),
      ]);
    const results: NomineeResultView[] = [];
    for (const nominee of [...body.nominees].sort((a, b) => a.rank - b.rank)) {
      try {
        const app = await this.submit.nominate(user, nominee.traineeId, body.cohortId, nominee.rank);
        results.push({ traineeId: nominee.traineeId, rank: nominee.rank, applicationId: app.id, status: app.status });
      } catch (error) {
        if (!(error instanceof HttpException)) throw error;
        results.push({ traineeId: nominee.traineeId, rank: nominee.rank, error: nomineeError(error) });
      }
    }
    return { cohortId: body.cohortId, results };
  }
}

/** What one nominee's own refusal answered: its status, code, text and parameters. */
function nomineeError(error: HttpException): NomineeResultView['error'] {
  const response = error.getResponse();
  const body = (typeof response === 'string' ? { message: response } : response) as {
    message: string;
    code?: ErrorCode;
    params?: ErrorParams;
  };
  return {
    statusCode: error.getStatus(),
    code: body.code ?? codeForStatus(error.getStatus()),
    message: body.message,
    ...(body.params ? { params: body.params } : {}),
  };
}
