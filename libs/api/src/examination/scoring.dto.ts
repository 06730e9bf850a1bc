import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';

export class PassMarkDto {
  @ApiProperty({ example: 150, description: 'percent of the openings that pass the written stage (150 = 1.5 ×)' })
  @IsInt()
  @Min(100)
  @Max(500)
  passMultiplePercent: number;
}

export class ScreeningDecisionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', {
    message: '원서 ID가 올바르지 않습니다 / applicationId must be an application id (UUID)',
    context: { code: 'VALIDATION.ID' },
  })
  applicationId: string;

  @ApiProperty({ enum: ['pass', 'fail'] })
  @IsIn(['pass', 'fail'], { message: '서류전형 결과는 합격(pass) 또는 불합격(fail)입니다 / result must be pass or fail' })
  result: 'pass' | 'fail';
}

export class DocumentScreeningDto {
  @ApiProperty({ type: [ScreeningDecisionDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => ScreeningDecisionDto)
  decisions: ScreeningDecisionDto[];
}
