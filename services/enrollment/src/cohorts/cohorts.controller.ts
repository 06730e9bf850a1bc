import { CohortWithQuotasView, EnrollmentCohortView, INSTITUTE_USERS } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { cohortNotFound, visibleTo } from './cohort-rules';
import { cohortView } from './cohort.view';
import { cohortsOfTenant, cohortWithQuotas, underFilledCohorts } from './cohorts.queries';

/**
 * The cohort replica as staff and trainees read it; what applications make of cohorts is in
 * applications/cohort-applications.controller.ts.
 */
@ApiTags('cohorts')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff, agency admins and trainees; not the public nor assessors
// (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller()
export class CohortsController {
  constructor(private readonly dataSource: DataSource) {}

  /** The institute's cohorts for its staff (rosters, attendance): upcoming and recent, any status. */
  @Get('cohorts')
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: [EnrollmentCohortView] })
  async list(@CurrentUser() user: AuthUser): Promise<EnrollmentCohortView[]> {
    return (await cohortsOfTenant(this.dataSource.manager, user.tenantId)).map(cohortView);
  }

  /** A cohort the caller may see (their institute's, or one open to them), with its quotas. */
  @Get('cohorts/:cohortId')
  @ApiOkResponse({ type: CohortWithQuotasView })
  async get(@CurrentUser() user: AuthUser, @Param('cohortId', new ParseUUIDPipe()) cohortId: string): Promise<CohortWithQuotasView> {
    const found = await this.dataSource.transaction((tx) => cohortWithQuotas(tx, cohortId));
    if (!found || !visibleTo(found.cohort, user.tenantId)) throw cohortNotFound();
    return { ...cohortView(found.cohort), quotas: found.quotas };
  }

  /** Cohorts of the caller's institute below their minimum fill at the cut-off, awaiting a decision. */
  @Get('under-filled-cohorts')
  @Roles('course_manager', 'admin')
  @ApiOkResponse({ type: [EnrollmentCohortView] })
  async underFilled(@CurrentUser() user: AuthUser): Promise<EnrollmentCohortView[]> {
    return (await underFilledCohorts(this.dataSource.manager, user.tenantId)).map(cohortView);
  }
}
