import { CohortListQuery, CohortView, INSTITUTE_USERS } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { instructorById } from '../instructors/instructors.queries';
import { found } from '../shared/errors';
import { loadCohorts } from './cohort-reader';
import { toCohortView } from './cohort.view';

/** An instructor's schedule: their cohorts. Here, with the cohorts, since instructors sit below them. */
@ApiTags('instructors')
@ApiBearerAuth()
// The institute's staff, agency admins and trainees; not the public nor assessors (docs/security/role-matrix.md).
@Roles(...INSTITUTE_USERS)
@Controller('instructors')
export class InstructorScheduleController {
  constructor(private readonly dataSource: DataSource) {}

  /** 강사 일정: the instructor's cohorts in a period. */
  @Get(':id/schedule')
  @ApiOkResponse({ type: [CohortView] })
  async schedule(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: CohortListQuery,
  ): Promise<CohortView[]> {
    found(await instructorById(this.dataSource.manager, user.tenantId, id), 'INSTRUCTOR.NOT_FOUND', ['강사', 'Instructor']);
    return (
      await loadCohorts(this.dataSource.manager, user.tenantId, { ...query, instructorId: id, status: query.status ?? 'scheduled' })
    ).map(toCohortView);
  }
}
