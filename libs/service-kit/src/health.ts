import { Controller, Get, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from './auth';

export type HealthCheck = () => Promise<void>;

/** Dependencies register what readiness means for them (database, Kafka, Redis). */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();

  register(name: string, check: HealthCheck) {
    this.checks.set(name, check);
  }

  async run(timeoutMs = 2000): Promise<{ ok: boolean; checks: Record<string, string> }> {
    const results: Record<string, string> = {};
    await Promise.all(
      [...this.checks].map(async ([name, check]) => {
        try {
          await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), timeoutMs).unref())]);
          results[name] = 'up';
        } catch (e) {
          results[name] = `down: ${(e as Error).message}`;
        }
      }),
    );
    return { ok: Object.values(results).every((r) => r === 'up'), checks: results };
  }
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly registry: HealthRegistry) {}

  /** The process is alive; says nothing about dependencies. */
  @Get('live')
  live() {
    return { status: 'up' };
  }

  @Get('ready')
  async ready() {
    const result = await this.registry.run();
    if (!result.ok) throw new ServiceUnavailableException({ statusCode: 503, status: 'down', message: 'not ready', checks: result.checks });
    return { status: 'up', checks: result.checks };
  }
}
