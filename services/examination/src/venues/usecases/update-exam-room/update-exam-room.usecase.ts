import { ExamRoomView, UpdateExamRoomDto } from '@baeum/api';
import { AuthUser, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { VenueQueries } from '../../venue-queries';
import { VenueRoom } from '../../venue-room.entity';

export type UpdateExamRoomCommand = UpdateExamRoomDto & { roomId: string };

/** Withdraw a room, change its seats or what it provides; then assign seats again to move whoever no longer fits. */
@Injectable()
export class UpdateExamRoomUseCase {
  constructor(private readonly venues: VenueQueries) {}

  async execute(user: AuthUser, command: UpdateExamRoomCommand): Promise<ExamRoomView> {
    const { roomId, ...changes } = command;
    const room = await this.venues.room(user.tenantId, roomId);
    if (!room) throw notFound('VENUE.ROOM_NOT_FOUND', { message: '시험실을(를) 찾을 수 없습니다 / Room not found' });
    const next: VenueRoom = { ...room, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
    await this.venues.saveRoom(next);
    return next;
  }
}
