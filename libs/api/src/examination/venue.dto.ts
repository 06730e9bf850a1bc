import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ACCOMMODATION_KINDS, AccommodationKind, EXAM_AGENCY_CODE_PATTERN } from './vocabulary';

export class CreateVenueDto {
  @ApiProperty({ example: '서울마포중학교' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameKo: string;

  @ApiProperty({ example: 'MAPO-GU', description: 'the district office offering the venue' })
  @Matches(EXAM_AGENCY_CODE_PATTERN, {
    message: '기관 코드가 올바르지 않습니다 (예: MAPO-GU) / agencyCode must be an agency code (e.g. MAPO-GU)',
  })
  agencyCode: string;

  @ApiProperty({ example: '서울특별시 마포구 월드컵로 123' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  address: string;
}

export class CreateExamRoomDto {
  @ApiProperty({ example: '301호' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  name: string;

  @ApiProperty({ example: 30 })
  @IsInt()
  @Min(1)
  @Max(500)
  seats: number;

  @ApiPropertyOptional({ enum: ACCOMMODATION_KINDS, enumName: 'AccommodationKind', isArray: true })
  @IsOptional()
  @ArrayMaxSize(ACCOMMODATION_KINDS.length)
  @IsIn(ACCOMMODATION_KINDS, {
    each: true,
    message: `편의지원은 ${ACCOMMODATION_KINDS.join(', ')} 중에서 고르세요 / accommodations must be among ${ACCOMMODATION_KINDS.join(', ')}`,
  })
  accommodations?: AccommodationKind[];
}

export class UpdateExamRoomDto extends PartialType(PickType(CreateExamRoomDto, ['seats', 'accommodations'] as const)) {
  @ApiPropertyOptional({ description: 'false withdraws the room; assign seats again to move its applicants' })
  @IsOptional()
  @IsBoolean()
  available?: boolean;
}
