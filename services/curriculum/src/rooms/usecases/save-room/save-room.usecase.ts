import { CreateRoomDto, RoomView, UpdateRoomDto } from '@baeum/api';
import { AuthUser, fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { found } from '../../../shared/errors';
import { Room } from '../../room.entity';
import { distancingOf, roomById, roomCodeTaken, toRoomView } from '../../rooms.queries';

/** A new room: its code, names, kind, normal capacity, equipment and building. */
export type CreateRoomCommand = CreateRoomDto;
/** The room's details to change; what is left out stays. */
export type UpdateRoomCommand = UpdateRoomDto;

/** Adds a room to the tenant's rooms or changes one; the answer shows its seats under today's rules. */
@Injectable()
export class SaveRoomUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async create(user: AuthUser, command: CreateRoomCommand): Promise<RoomView> {
    const m = this.dataSource.manager;
    if (await roomCodeTaken(m, user.tenantId, command.code))
      throw invalidInput([
        fieldError('code', 'ROOM.CODE_TAKEN', { code: command.code }, '이미 있는 강의실 코드입니다 / this room code exists'),
      ]);
    const room: Room = {
      id: randomUUID(),
      tenantId: user.tenantId,
      ...command,
      equipment: command.equipment ?? [],
      building: command.building ?? null,
      createdAt: new Date(),
    };
    await m.insert(Room, room);
    return toRoomView(room, await distancingOf(m, user.tenantId));
  }

  async update(user: AuthUser, id: string, command: UpdateRoomCommand): Promise<RoomView> {
    const m = this.dataSource.manager;
    const room = found(await roomById(m, user.tenantId, id), 'ROOM.NOT_FOUND', ['강의실', 'Room']);
    Object.assign(room, Object.fromEntries(Object.entries(command).filter(([, v]) => v !== undefined)));
    await m.save(Room, room);
    return toRoomView(room, await distancingOf(m, user.tenantId));
  }
}
