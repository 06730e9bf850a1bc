import { BaseEnv } from '@baeum/service-kit';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';

const url = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

export class GatewayEnv extends BaseEnv {
  @IsUrl(url, { message: 'CURRICULUM_URL must be an http(s) URL' })
  CURRICULUM_URL!: string;

  @IsUrl(url, { message: 'ENROLLMENT_URL must be an http(s) URL' })
  ENROLLMENT_URL!: string;

  @IsUrl(url, { message: 'EXAMINATION_URL must be an http(s) URL' })
  EXAMINATION_URL!: string;

  @IsUrl(url, { message: 'FINANCE_URL must be an http(s) URL' })
  FINANCE_URL!: string;

  @IsUrl(url, { message: 'NOTIFICATION_URL must be an http(s) URL' })
  NOTIFICATION_URL!: string;

  /** Built web pages (vite output); the API works without them. */
  @IsOptional()
  @IsString()
  WEB_ROOT?: string;

  /**
   * Failed sign-ins one client address may make, across all accounts, within 15 minutes before each
   * next try from it must wait (1, 2, 4 … s up to 5 minutes). See identity/sign-in-throttle.ts.
   */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  LOGIN_FAILURES_PER_ADDRESS = 30;

  /**
   * Proxies in front of the gateway (an Ingress, a load balancer) whose X-Forwarded-For is believed,
   * so per-client limits count the client's address rather than the proxy's. 0: none.
   */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10)
  TRUSTED_PROXY_HOPS = 0;

  /** How long the gateway waits for a service's answer before answering 503 (imports and exports wait longer). */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(600000)
  UPSTREAM_TIMEOUT_MS?: number;

  /**
   * Exam applications let in per second across all gateway instances (the rate the examination
   * service sustains; README, "Benchmarks"); arrivals beyond it wait in the waiting room. 0 turns it off.
   */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  WAITING_ROOM_RATE = 200;

  /** Arrivals let in at once after a quiet spell, before the rate applies. */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  WAITING_ROOM_BURST = 100;

  /**
   * The waiting room's rate follows the examination service: slower while submissions let in answer
   * slower than this at the 95th percentile, back up to WAITING_ROOM_RATE when well under it. 0 keeps
   * the rate fixed.
   */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60000)
  WAITING_ROOM_TARGET_MS = 400;

  /** How long a pass from the waiting room lets its holder submit without queueing again. */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(30)
  @Max(3600)
  WAITING_ROOM_PASS_SECONDS = 600;

  /**
   * Results lookups (합격자 조회) allowed per applicant per minute, across all gateway instances; the
   * same limit as the examination service's own (its RESULTS_LOOKUPS_PER_MINUTE), which answers misses.
   */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  RESULTS_LOOKUPS_PER_MINUTE = 30;
}
