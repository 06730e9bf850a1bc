import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

/** A new LMS completion import; its content is uploaded next, as `text/csv`. */
export class CreateCompletionImportDto {
  @ApiProperty({ example: 'lms-completions-2021.csv', minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fileName: string;

  @ApiProperty({ description: 'Size of the file in bytes, for the progress bar', minimum: 1, maximum: 10 * 1024 ** 3 })
  @IsInt({ message: '파일 크기(바이트)는 정수입니다 / totalBytes must be a whole number' })
  @Min(1)
  @Max(10 * 1024 ** 3)
  totalBytes: number;
}
