import { CreateExamRoomDto, ExamRoomView } from '@baeum/api';
import { AuthUser, conflict, isUniqueViolation, notFound } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { VenueQueries } from '../../venue-queries';
import { VenueRoom } from '../../venue-room.entity';

export type AddExamRoomCommand = CreateExamRoomDto & { venueId: string };

/** 시험실 등록: a room of a venue, available, its name unique in the venue. */
@Injectable()
export class AddExamRoomUseCase {
  constructor(private readonly venues: VenueQueries) {}

  async execute(user: AuthUser, command: AddExamRoomCommand): Promise<ExamRoomView> {
    const venue = await this.venues.venue(user.tenantId, command.venueId);
    if (!venue) throw notFound('VENUE.NOT_FOUND', { message: '시험장을(를) 찾을 수 없습니다 / Venue not found' });
    const room: VenueRoom = {
      id: randomUUID(),
      tenantId: user.tenantId,
      examId: venue.examId,
      venueId: venue.id,
      name: command.name,
      seats: command.seats,
      accommodations: command.accommodations ?? [],
      available: true,
    };
    await this.venues.insertRoom(room).catch((error) => {
      if (isUniqueViolation(error))
        throw conflict('VENUE.ROOM_NAME_TAKEN', {
          field: 'name',
          params: { name: command.name },
          message: '같은 이름의 시험실이 있습니다 / the venue already has a room of that name',
        });
      throw error;
    });
    return room;
  }
}
