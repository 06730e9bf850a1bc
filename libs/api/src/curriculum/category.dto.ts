import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { CATEGORY_KINDS, CategoryKind, CURRICULUM_PATTERNS } from './constants';

const CATEGORY_CODE = CURRICULUM_PATTERNS.categoryCode;

export class CreateCategoryDto {
  @ApiProperty({ example: 'digital_transformation' })
  @Matches(CATEGORY_CODE, { message: 'code must be lower-case letters, digits and _ (2–40) / 코드는 영문 소문자·숫자·_ 2~40자입니다' })
  code: string;

  @ApiProperty({ enum: CATEGORY_KINDS, enumName: 'CategoryKind' })
  @IsIn(CATEGORY_KINDS, { message: 'kind must be field or subfield / 종류는 field 또는 subfield입니다' })
  kind: CategoryKind;

  @ApiPropertyOptional({ description: 'The field a subfield belongs to' })
  @IsOptional()
  @Matches(CATEGORY_CODE, { message: 'parentCode must be a category code / 상위 분야 코드가 올바르지 않습니다' })
  parentCode?: string;

  @ApiProperty({ example: '디지털 전환' })
  @IsString()
  @Length(1, 100, { message: 'nameKo must be 1–100 characters / 이름은 1~100자입니다' })
  nameKo: string;

  @ApiProperty({ example: 'Digital transformation' })
  @IsString()
  @Length(1, 100, { message: 'nameEn must be 1–100 characters / 영문 이름은 1~100자입니다' })
  nameEn: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'sortOrder must be a whole number / 순서는 정수입니다' })
  @Min(0)
  @Max(10000)
  sortOrder?: number;
}

export class UpdateCategoryDto extends PartialType(PickType(CreateCategoryDto, ['nameKo', 'nameEn', 'sortOrder'] as const)) {}
