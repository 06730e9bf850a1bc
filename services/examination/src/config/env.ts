import { BaseEnv } from '@baeum/service-kit';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUrl, Max, Min, MinLength } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

export class ExaminationEnv extends BaseEnv {
  /** Which payment provider takes exam fees; only the simulated one is built so far. */
  @IsOptional()
  @IsIn(['simulated'], { message: 'PAYMENT_PROVIDER must be simulated' })
  PAYMENT_PROVIDER: 'simulated' = 'simulated';

  /**
   * The secret the provider signs its callbacks with (HMAC-SHA256). Set it in every real
   * deployment; without it a key derived from JWT_SECRET is used, which suits the simulated provider.
   */
  @IsOptional()
  @MinLength(32, { message: 'PAYMENT_WEBHOOK_SECRET must be at least 32 characters' })
  PAYMENT_WEBHOOK_SECRET?: string;

  /**
   * Where the simulated provider delivers its callbacks: the gateway's public
   * /api/exam/payments/callback. Without it, the instance's own /payments/callback.
   */
  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'PAYMENT_CALLBACK_URL must be an http(s) URL' },
  )
  PAYMENT_CALLBACK_URL?: string;

  /** Which identity provider (본인확인) confirms applicants; only the simulated one is built so far. */
  @IsOptional()
  @IsIn(['simulated'], { message: 'IDENTITY_PROVIDER must be simulated' })
  IDENTITY_PROVIDER: 'simulated' = 'simulated';

  /** The secret the simulated identity provider signs its references with; derived from JWT_SECRET when not set. */
  @IsOptional()
  @MinLength(32, { message: 'IDENTITY_SECRET must be at least 32 characters' })
  IDENTITY_SECRET?: string;

  /** Results lookups allowed per applicant per minute (shared by every instance through the cache). */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  RESULTS_LOOKUPS_PER_MINUTE = 30;

  /** How often each instance looks for work that falls due: lapsed applications, refunds, publications. */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(60000)
  SEASON_SWEEP_MS = 2000;
}
