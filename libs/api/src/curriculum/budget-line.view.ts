import { ApiProperty } from '@nestjs/swagger';

/**
 * A budget line a cohort may be charged to, from curriculum's replica of finance's lines: the
 * lines curriculum checks a cohort against when it schedules or changes one.
 */
export class CohortBudgetLineView {
  @ApiProperty({ example: 'NEWCOMER' })
  code: string;

  @ApiProperty({ example: '신임자과정 운영' })
  nameKo: string;

  @ApiProperty({ example: 'Newcomer (new appointee) course operation' })
  nameEn: string;

  @ApiProperty({ example: 2027 })
  fiscalYear: number;
}
