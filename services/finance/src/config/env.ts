import { BaseEnv } from '@baeum/service-kit';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class FinanceEnv extends BaseEnv {
  /**
   * With SEED_DEMO: also book the January 2022 commitments the work report's execution figures
   * come from. Tests that book them through the API themselves turn this off.
   */
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1'))
  @IsOptional()
  @IsBoolean({ message: 'SEED_DEMO_EXECUTION must be true or false' })
  SEED_DEMO_EXECUTION = true;
}
