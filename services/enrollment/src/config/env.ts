import { BaseEnv } from '@baeum/service-kit';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

export class EnrollmentEnv extends BaseEnv {
  /** How often cut-offs are checked: applications closing (selection, quotas released) and minimum fill. */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  ENROLLMENT_CUTOFF_INTERVAL_MS = 60_000;

  /** How often changed fills are announced (one FillChanged per cohort however many seats moved). */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(50)
  @Max(600_000)
  ENROLLMENT_FILL_INTERVAL_MS = 1_000;
}
