import { ExamRoomUsageView } from '@baeum/api';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Venue } from './venue.entity';
import { VenueRoom } from './venue-room.entity';

/** Reads and writes of an exam's venues and their rooms, inside the caller's tenant. */
@Injectable()
export class VenueQueries {
  constructor(private readonly dataSource: DataSource) {}

  venues(tenantId: string, examId: string): Promise<Venue[]> {
    return this.dataSource.getRepository(Venue).find({ where: { examId, tenantId }, order: { createdAt: 'ASC' } });
  }

  /** The exam's rooms with how many seats each has given out. */
  roomUsage(examId: string): Promise<(ExamRoomUsageView & { venueId: string })[]> {
    return this.dataSource.query(
      `SELECT r.id, r.venue_id AS "venueId", r.name, r.seats, r.accommodations, r.available, count(a.id)::int AS seated
         FROM examination.venue_room r LEFT JOIN examination.application a ON a.room_id = r.id
        WHERE r.exam_id = $1 GROUP BY r.id ORDER BY r.name`,
      [examId],
    );
  }

  venue(tenantId: string, id: string): Promise<Venue | null> {
    return this.dataSource.getRepository(Venue).findOne({ where: { id, tenantId } });
  }

  async insertVenue(venue: Venue): Promise<void> {
    await this.dataSource.getRepository(Venue).insert(venue);
  }

  room(tenantId: string, id: string): Promise<VenueRoom | null> {
    return this.dataSource.getRepository(VenueRoom).findOne({ where: { id, tenantId } });
  }

  /** Inserts a room; a second room of the same name in a venue fails as a unique violation. */
  async insertRoom(room: VenueRoom): Promise<void> {
    await this.dataSource.getRepository(VenueRoom).insert(room);
  }

  async saveRoom(room: VenueRoom): Promise<void> {
    await this.dataSource.getRepository(VenueRoom).save(room);
  }
}
