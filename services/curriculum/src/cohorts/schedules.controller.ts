import { CohortListQuery, CohortView, INSTITUTE_STAFF, INSTITUTE_USERS } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { instructorById } from '../instructors/instructors.queries';
import { roomById } from '../rooms/rooms.queries';
import { found } from '../shared/errors';
import { CohortFilter, loadCohorts } from './cohorts.queries';
import { toCohortView } from './cohort.view';

/**
 * A room's and an instructor's schedule: their cohorts in a period. Here, with the cohorts, since rooms
 * and instructors sit below them; the routes stay under /rooms and /instructors.
 */
@ApiBearerAuth()
@Controller()
export class SchedulesController {
  constructor(private readonly dataSource: DataSource) {}

  /** 강의실 사용 일정: the room's cohorts in a period. */
  @Get('rooms/:id/schedule')
  @ApiTags('rooms')
  // The institute's staff only (docs/security/role-matrix.md).
  @Roles(...INSTITUTE_STAFF)
  @ApiOkResponse({ type: [CohortView] })
  async roomSchedule(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: CohortListQuery,
  ): Promise<CohortView[]> {
    found(await roomById(this.dataSource.manager, user.tenantId, id), 'ROOM.NOT_FOUND', ['강의실', 'Room']);
    return this.scheduled(user, { ...query, roomId: id });
  }

  /** 강사 일정: the instructor's cohorts in a period. */
  @Get('instructors/:id/schedule')
  @ApiTags('instructors')
  // The institute's staff, agency admins and trainees; not the public nor assessors (docs/security/role-matrix.md).
  @Roles(...INSTITUTE_USERS)
  @ApiOkResponse({ type: [CohortView] })
  async instructorSchedule(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: CohortListQuery,
  ): Promise<CohortView[]> {
    found(await instructorById(this.dataSource.manager, user.tenantId, id), 'INSTRUCTOR.NOT_FOUND', ['강사', 'Instructor']);
    return this.scheduled(user, { ...query, instructorId: id });
  }

  /** The scheduled cohorts unless another status is asked for. */
  private async scheduled(user: AuthUser, filter: CohortFilter): Promise<CohortView[]> {
    return (await loadCohorts(this.dataSource.manager, user.tenantId, { ...filter, status: filter.status ?? 'scheduled' })).map(
      toCohortView,
    );
  }
}
