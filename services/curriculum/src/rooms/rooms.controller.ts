import { CreateRoomDto, RoomView, UpdateRoomDto, INSTITUTE_STAFF } from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { STAFF } from '../shared/roles';
import { distancingOf, roomsOf, toRoomView } from './rooms.queries';
import { SaveRoomUseCase } from './usecases/save-room/save-room.usecase';

@ApiTags('rooms')
@ApiBearerAuth()
// Routes without their own @Roles: the institute's staff only (docs/security/role-matrix.md).
@Roles(...INSTITUTE_STAFF)
@Controller('rooms')
export class RoomsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly saveRoom: SaveRoomUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: [RoomView] })
  async list(@CurrentUser() user: AuthUser): Promise<RoomView[]> {
    const distancing = await distancingOf(this.dataSource.manager, user.tenantId);
    return (await roomsOf(this.dataSource.manager, user.tenantId)).map((r) => toRoomView(r, distancing));
  }

  @Post()
  @Roles(...STAFF)
  @ApiCreatedResponse({ type: RoomView })
  create(@CurrentUser() user: AuthUser, @Body() body: CreateRoomDto): Promise<RoomView> {
    return this.saveRoom.create(user, body);
  }

  @Patch(':id')
  @Roles(...STAFF)
  @ApiOkResponse({ type: RoomView })
  update(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateRoomDto): Promise<RoomView> {
    return this.saveRoom.update(user, id, body);
  }
}
