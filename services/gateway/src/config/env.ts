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

  /** Built web pages (vite output); the API works without them. */
  @IsOptional()
  @IsString()
  WEB_ROOT?: string;

  /** Sign-in attempts allowed per client, institute and e-mail in a 5-minute window. */
  @Transform(toInt)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_ATTEMPTS_PER_WINDOW = 10;

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
}
