import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** `?format=xlsx` (the default) or `?format=csv` (UTF-8 with a BOM, for Excel). */
export class SheetFormatQuery {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], enumName: 'SheetFormat', description: '기본값 xlsx / xlsx by default' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'], { message: '파일 형식은 xlsx 또는 csv입니다 / format must be xlsx or csv' })
  format?: 'xlsx' | 'csv';
}
