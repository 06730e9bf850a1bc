import { COHORT_VIEWERS, CohortSeatCountView } from '@baeum/api';
import { AuthUser, CohortIdsQuery, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { seatRows } from './seats.queries';

@ApiTags('seats')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff and agency admins (docs/security/role-matrix.md).
@Roles(...COHORT_VIEWERS)
@Controller('cohort-seats')
export class SeatsController {
  constructor(private readonly dataSource: DataSource) {}

  /** Seats of the given cohorts the caller's tenant owns (the gateway's cohort view); cohorts not yet replicated are absent. */
  @Get()
  @ApiOkResponse({ type: [CohortSeatCountView] })
  async list(@CurrentUser() user: AuthUser, @Query() query: CohortIdsQuery): Promise<CohortSeatCountView[]> {
    const rows = await seatRows(this.dataSource.manager, user.tenantId, query.cohortIds);
    return rows.map((r) => ({
      cohortId: r.cohortId,
      capacity: r.capacity,
      confirmed: r.confirmed,
      free: Math.max(0, r.capacity - r.confirmed),
      waitlisted: r.waitlisted,
    }));
  }
}
