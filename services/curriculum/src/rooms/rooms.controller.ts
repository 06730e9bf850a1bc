import { CohortListQuery, CohortView, CreateRoomDto, INSTITUTE_STAFF, RoomView, UpdateRoomDto } from '@baeum/api';
import { AuthUser, CurrentUser, fieldError, invalidInput, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadCohorts } from '../cohorts/cohort-reader';
import { roomLimit } from '../cohorts/cohort-rules';
import { toCohortView } from '../cohorts/cohort.view';
import { settingsOf } from '../settings/settings';
import { found } from '../shared/not-found';
import { STAFF } from '../shared/roles';
import { Room } from './room.entity';

/** Rooms with their capacity now: halved under the distancing rule when the tenant has it on. */
const view = ({ tenantId: _t, createdAt: _c, ...room }: Room, distancing: boolean): RoomView => ({
  ...room,
  seatsNow: roomLimit(room.capacity, distancing),
});

@ApiTags('rooms')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff only (docs/security/role-matrix.md).
@Roles(...INSTITUTE_STAFF)
@Controller('rooms')
export class RoomsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOkResponse({ type: [RoomView] })
  async list(@CurrentUser() user: AuthUser): Promise<RoomView[]> {
    const { distancingEnabled } = await settingsOf(this.dataSource.manager, user.tenantId);
    const rooms = await this.dataSource.getRepository(Room).find({ where: { tenantId: user.tenantId }, order: { code: 'ASC' } });
    return rooms.map((r) => view(r, distancingEnabled));
  }

  @Post()
  @Roles(...STAFF)
  @ApiCreatedResponse({ type: RoomView })
  async create(@CurrentUser() user: AuthUser, @Body() body: CreateRoomDto): Promise<RoomView> {
    const repo = this.dataSource.getRepository(Room);
    if (await repo.exists({ where: { tenantId: user.tenantId, code: body.code } }))
      throw invalidInput([
        fieldError('code', 'ROOM.CODE_TAKEN', { code: body.code }, '이미 있는 강의실 코드입니다 / this room code exists'),
      ]);
    const room: Room = {
      id: randomUUID(),
      tenantId: user.tenantId,
      ...body,
      equipment: body.equipment ?? [],
      building: body.building ?? null,
      createdAt: new Date(),
    };
    await repo.insert(room);
    return view(room, (await settingsOf(this.dataSource.manager, user.tenantId)).distancingEnabled);
  }

  @Patch(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: RoomView })
  async update(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateRoomDto,
  ): Promise<RoomView> {
    const repo = this.dataSource.getRepository(Room);
    const room = found(await repo.findOne({ where: { id, tenantId: user.tenantId } }), 'ROOM.NOT_FOUND', ['강의실', 'Room']);
    Object.assign(room, Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)));
    await repo.save(room);
    return view(room, (await settingsOf(this.dataSource.manager, user.tenantId)).distancingEnabled);
  }

  /** 강의실 사용 일정: the room's cohorts in a period. */
  @Get(':id/schedule')
  @ApiOkResponse({ type: [CohortView] })
  async schedule(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: CohortListQuery,
  ): Promise<CohortView[]> {
    found(await this.dataSource.getRepository(Room).findOne({ where: { id, tenantId: user.tenantId } }), 'ROOM.NOT_FOUND', [
      '강의실',
      'Room',
    ]);
    return (await loadCohorts(this.dataSource.manager, user.tenantId, { ...query, roomId: id, status: query.status ?? 'scheduled' })).map(
      toCohortView,
    );
  }
}
