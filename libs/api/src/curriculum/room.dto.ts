import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CURRICULUM_PATTERNS, ROOM_KINDS, RoomKind } from './constants';

export class CreateRoomDto {
  @ApiProperty({ example: 'BAEUM-301' })
  @Matches(CURRICULUM_PATTERNS.roomCode, {
    message: 'code must be upper-case letters, digits and - / 강의실 코드는 영문 대문자·숫자·-입니다',
  })
  code: string;

  @ApiProperty({ example: '배움관 301호' })
  @IsString()
  @Length(1, 100, { message: 'nameKo must be 1–100 characters / 이름은 1~100자입니다' })
  nameKo: string;

  @ApiProperty({ example: 'Baeum Hall 301' })
  @IsString()
  @Length(1, 100, { message: 'nameEn must be 1–100 characters / 영문 이름은 1~100자입니다' })
  nameEn: string;

  @ApiProperty({ enum: ROOM_KINDS, enumName: 'RoomKind' })
  @IsIn(ROOM_KINDS, { message: `kind must be one of ${ROOM_KINDS.join(', ')} / 강의실 종류가 올바르지 않습니다` })
  kind: RoomKind;

  @ApiProperty({ example: 60 })
  @IsInt({ message: 'capacity must be a whole number / 수용 인원은 정수입니다' })
  @Min(1)
  @Max(5000)
  capacity: number;

  @ApiPropertyOptional({ type: [String], example: ['빔프로젝터', '전자칠판'] })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  equipment?: string[];

  @ApiPropertyOptional({ example: '배움관' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  building?: string;
}

export class UpdateRoomDto extends PartialType(OmitType(CreateRoomDto, ['code'] as const)) {}
