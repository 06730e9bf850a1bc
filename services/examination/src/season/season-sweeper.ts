import { LOGGER, SERVICE_ENV, underLease } from '@baeum/service-kit';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ExaminationEnv } from '../config/env';
import { RefundProcessor } from '../fees/refund-processor';
import { AnnounceDueResults } from './announce-results';
import { LapseUnpaidApplications } from './lapse-unpaid';

/**
 * Work that falls due with time rather than with a request: unpaid applications lapse at the
 * deadline, owed refunds are paid back, results are announced at their instant. One instance
 * sweeps at a time (a lease); row locks with SKIP LOCKED would still give each piece of work to one.
 */
@Injectable()
export class SeasonSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly lapse: LapseUnpaidApplications,
    private readonly refunds: RefundProcessor,
    private readonly results: AnnounceDueResults,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_ENV) private readonly env: ExaminationEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => {
      this.running ??= underLease(this.dataSource, 'season-sweep', () => this.sweep())
        .then(
          () => undefined,
          (error) => this.logger.error({ err: error }, 'season sweep could not start; next pass retries'),
        )
        .finally(() => (this.running = undefined));
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
