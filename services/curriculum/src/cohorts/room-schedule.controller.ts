import { CohortListQuery, CohortView, INSTITUTE_STAFF } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { roomById } from '../rooms/rooms.queries';
import { found } from '../shared/errors';
import { loadCohorts } from './cohort-reader';
import { toCohortView } from './cohort.view';

/** A room's schedule: its cohorts. Here, with the cohorts, since rooms sit below them. */
@ApiTags('rooms')
@ApiBearerAuth()
// The institute's staff only (docs/security/role-matrix.md).
@Roles(...INSTITUTE_STAFF)
@Controller('rooms')
export class RoomScheduleController {
  constructor(private readonly dataSource: DataSource) {}

  /** 강의실 사용 일정: the room's cohorts in a period. */
  @Get(':id/schedule')
  @ApiOkResponse({ type: [CohortView] })
  async schedule(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: CohortListQuery,
  ): Promise<CohortView[]> {
    found(await roomById(this.dataSource.manager, user.tenantId, id), 'ROOM.NOT_FOUND', ['강의실', 'Room']);
    return (await loadCohorts(this.dataSource.manager, user.tenantId, { ...query, roomId: id, status: query.status ?? 'scheduled' })).map(
      toCohortView,
    );
  }
}
