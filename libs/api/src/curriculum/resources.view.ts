import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INSTRUCTOR_KINDS, InstructorKind, ROOM_KINDS, RoomKind } from './constants';

/** A room with its seats now: half its capacity (under 100) while the tenant has the distancing rule on. */
export class RoomView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'BAEUM-201' })
  code: string;

  @ApiProperty({ example: '배움관 201호' })
  nameKo: string;

  @ApiProperty({ example: 'Baeum Hall 201' })
  nameEn: string;

  @ApiProperty({ enum: ROOM_KINDS, enumName: 'RoomKind' })
  kind: RoomKind;

  @ApiProperty({ description: 'Normal seating capacity', example: 60 })
  capacity: number;

  @ApiProperty({ type: [String], example: ['빔프로젝터'] })
  equipment: string[];

  @ApiProperty({ type: String, nullable: true, example: '배움관' })
  building: string | null;

  @ApiProperty({ description: 'Seats a cohort may have now (the distancing rule applied)', example: 30 })
  seatsNow: number;
}

/** An instructor (강사). Contact details are answered to staff only. */
export class InstructorView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '김강사' })
  name: string;

  @ApiProperty({ enum: INSTRUCTOR_KINDS, enumName: 'InstructorKind' })
  kind: InstructorKind;

  @ApiProperty({ type: String, nullable: true, example: '서울연구원' })
  affiliation: string | null;

  @ApiProperty({ type: [String], example: ['도시계획'] })
  specialties: string[];

  @ApiProperty({ type: String, nullable: true, description: 'Who recommended them', example: '도시계획국 추천' })
  recommendedBy: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Staff only' })
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Staff only' })
  phone?: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean survey score (1–5) to two decimals; null before any survey',
    example: 4.5,
  })
  rating: number | null;

  @ApiProperty({ example: 2 })
  ratingCount: number;
}

/** A cohort whose capacity switching the distancing rule on lowered. */
export class DistancingAdjustmentView {
  @ApiProperty({ format: 'uuid', description: 'The cohort' })
  id: string;

  @ApiProperty({ example: '핵심가치 교육과정' })
  courseNameKo: string;

  @ApiProperty({ example: 3 })
  cohortNo: number;

  @ApiProperty({ example: 150 })
  from: number;

  @ApiProperty({ example: 99 })
  to: number;
}

/** A tenant's scheduling policy. */
export class CurriculumSettingsView {
  @ApiProperty({ description: '일상회복 1단계 거리두기: half a room, fewer than 100 people' })
  distancingEnabled: boolean;

  @ApiProperty({ description: 'Daily hours a new cohort gets when none are given', example: '09:00' })
  defaultDailyStart: string;

  @ApiProperty({ example: '18:00' })
  defaultDailyEnd: string;

  @ApiPropertyOptional({
    type: [DistancingAdjustmentView],
    description: 'When the distancing rule was just switched on: the cohorts whose capacity it lowered',
  })
  adjustedCohorts?: DistancingAdjustmentView[];
}
