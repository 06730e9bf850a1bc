import { ApiProperty } from '@nestjs/swagger';
import { ACCOMMODATION_KINDS, AccommodationKind } from './vocabulary';

/** 시험실: a room of a venue with its seats and the accommodations it can provide. */
export class ExamRoomView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ format: 'uuid' })
  examId: string;

  @ApiProperty({ format: 'uuid' })
  venueId: string;

  @ApiProperty({ example: '301호' })
  name: string;

  @ApiProperty({ example: 30 })
  seats: number;

  @ApiProperty({ enum: ACCOMMODATION_KINDS, enumName: 'AccommodationKind', isArray: true })
  accommodations: AccommodationKind[];

  @ApiProperty({ description: 'false: withdrawn; its applicants move at the next seat assignment' })
  available: boolean;
}

/** A room in the venue list, with how many seats it has given out. */
export class ExamRoomUsageView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '301호' })
  name: string;

  @ApiProperty({ example: 30 })
  seats: number;

  @ApiProperty({ enum: ACCOMMODATION_KINDS, enumName: 'AccommodationKind', isArray: true })
  accommodations: AccommodationKind[];

  @ApiProperty()
  available: boolean;

  @ApiProperty({ description: 'applicants seated in it' })
  seated: number;
}

/** 시험장: a venue of an exam with its rooms. */
export class VenueView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '서울마포중학교' })
  nameKo: string;

  @ApiProperty({ example: 'MAPO-GU', description: 'the district office offering the venue' })
  agencyCode: string;

  @ApiProperty({ example: '서울특별시 마포구 월드컵로 123' })
  address: string;

  @ApiProperty({ type: [ExamRoomUsageView] })
  rooms: ExamRoomUsageView[];
}

/** A venue just added: as stored, without rooms yet. */
export class NewVenueView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  tenantId: string;

  @ApiProperty({ format: 'uuid' })
  examId: string;

  @ApiProperty({ example: '서울마포중학교' })
  nameKo: string;

  @ApiProperty({ example: 'MAPO-GU' })
  agencyCode: string;

  @ApiProperty({ example: '서울특별시 마포구 월드컵로 123' })
  address: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: [ExamRoomUsageView], description: 'always empty: rooms are added to the venue next' })
  rooms: ExamRoomUsageView[];
}

/** 응시번호 부여: how many paid applications got a number. */
export class ExamNumbersView {
  @ApiProperty({ example: 418 })
  assigned: number;
}

/** 시험장 배정: who is seated, how many moved since the last run, in how many rooms. */
export class SeatAssignmentView {
  @ApiProperty()
  seated: number;

  @ApiProperty({ description: 'seated elsewhere than before (a room withdrawn or shrunk, an accommodation approved late)' })
  moved: number;

  @ApiProperty()
  rooms: number;
}
