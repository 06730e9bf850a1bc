import { LOGGER, SERVICE_ENV } from '@baeum/service-kit';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { ExaminationEnv } from '../config/env';
import { RefundProcessor } from '../fees/refund-processor';
import { AnnounceDueResults } from './announce-results';
import { LapseUnpaidApplications } from './lapse-unpaid';

/**
 * Work that falls due with time rather than with a request: unpaid applications lapse at the
 * deadline, owed refunds are paid back, results are announced at their instant. Every instance
 * sweeps; row locks with SKIP LOCKED give each piece of work to one of them.
 */
@Injectable()
export class SeasonSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly lapse: LapseUnpaidApplications,
    private readonly refunds: RefundProcessor,
    private readonly results: AnnounceDueResults,
    @Inject(SERVICE_ENV) private readonly env: ExaminationEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => {
      this.running ??= this.sweep().finally(() => (this.running = undefined));
    }, this.env.SEASON_SWEEP_MS);
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass: each job runs until nothing of it is due. */
  async sweep(): Promise<void> {
    for (const [name, job] of [
      ['lapse', () => this.lapse.run()],
      ['refunds', () => this.refunds.processDue()],
      ['results', () => this.results.run()],
    ] as const) {
      try {
        while ((await job()) > 0) {
          // more was due: take the next batch
        }
      } catch (error) {
        this.logger.error({ err: error, job: name }, 'season sweep failed; next pass retries');
      }
    }
  }
}
