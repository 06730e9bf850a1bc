import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';

/** `?cohortIds=a,b,c`: the gateway asks each service about a page of cohorts at once. */
export class CohortIdsQuery {
  @ApiProperty({ description: 'Comma-separated cohort ids (at most 500)', example: 'uuid1,uuid2' })
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @ArrayMinSize(1, { message: 'cohortIds must name at least one cohort' })
  @ArrayMaxSize(500)
  @IsUUID('4', { each: true, message: 'cohortIds must be cohort ids (UUID)' })
  cohortIds: string[];
}
