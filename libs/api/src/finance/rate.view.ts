import { ApiProperty } from '@nestjs/swagger';

/** A percentage as the source prints it (one decimal; two where one would read 0.0%), and as a number. */
export class BudgetRateView {
  @ApiProperty({ type: Number, nullable: true, description: 'Percent (15.1 means 15.1%); null when there is no base', example: 15.1 })
  value: number | null;

  @ApiProperty({ description: 'As printed: 15.1%, △2.3%, 0.02%, or - without a base', example: '15.1%' })
  printed: string;
}
