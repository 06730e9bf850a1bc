import { BaseEnv } from '@baeum/service-kit';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

const toBool = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : value === true || value === 'true');
const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
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

  /**
   * With the demo seed: generate the source's 2021 completions and surveys and import them in the
   * background at first start (embedded mode and `npm start` set it; test stacks only when a test asks).
   */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  DEMO_RESULTS_2021 = false;

  /** The share of the source's 2021 completions that import generates (1: all 721,046; tests take less). */
  @Transform(toNumber)
  @IsOptional()
  @IsNumber()
  @Min(0.0001)
  @Max(1)
  DEMO_RESULTS_2021_SCALE = 1;
}
