import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsEmail, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CURRICULUM_PATTERNS, INSTRUCTOR_KINDS, InstructorKind } from './constants';

export class CreateInstructorDto {
  @ApiProperty({ example: '김강사' })
  @IsString()
  @Length(1, 60, { message: 'name must be 1–60 characters / 이름은 1~60자입니다' })
  name: string;

  @ApiProperty({ enum: INSTRUCTOR_KINDS, enumName: 'InstructorKind' })
  @IsIn(INSTRUCTOR_KINDS, { message: 'kind must be internal or external / 내부 또는 외부 강사입니다' })
  kind: InstructorKind;

  @ApiPropertyOptional({ example: '서울연구원' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  affiliation?: string;

  @ApiPropertyOptional({ type: [String], example: ['도시계획', '주택정책'] })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  specialties?: string[];

  @ApiPropertyOptional({ example: '도시계획국 추천' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  recommendedBy?: string;

  @ApiPropertyOptional({ example: 'lecturer@example.org' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address / 이메일 주소가 올바르지 않습니다' })
  email?: string;

  @ApiPropertyOptional({ example: '02-123-4567' })
  @IsOptional()
  @Matches(CURRICULUM_PATTERNS.phone, { message: 'phone must be a phone number / 전화번호가 올바르지 않습니다' })
  phone?: string;
}

export class UpdateInstructorDto extends PartialType(CreateInstructorDto) {}
