import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AccommodationKind } from '@baeum/api';

/** 시험실: a room of a venue with its seats and the accommodations it can provide. */
@Entity({ name: 'venue_room' })
@Index('UQ_venue_room_name', ['venueId', 'name'], { unique: true })
@Index('IDX_venue_room_exam', ['examId'])
export class VenueRoom {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @Column('uuid', { name: 'exam_id' })
  examId: string;

  @Column('uuid', { name: 'venue_id' })
  venueId: string;

  @Column('text')
  name: string;

  @Column('int')
  seats: number;

  @Column('text', { array: true })
  accommodations: AccommodationKind[];

  /** A room withdrawn after assignment: its applicants move to free seats elsewhere. */
  @Column('boolean')
  available: boolean;
}
