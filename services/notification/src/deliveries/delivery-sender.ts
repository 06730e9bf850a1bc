import { LOGGER, SERVICE_ENV, underLease } from '@baeum/service-kit';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { NotificationEnv } from '../config/env';
import { SendDueDeliveriesUseCase } from './usecases/send-due-deliveries/send-due-deliveries.usecase';

/** Deliveries handled per pass; a full pass is followed by the next at once. */
const BATCH = 20;

/** Runs the sender every DELIVERY_POLL_MS while the service is up, one pass at a time, on one instance at a time (a lease). */
@Injectable()
export class DeliverySender implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly sendDue: SendDueDeliveriesUseCase,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_ENV) private readonly env: NotificationEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pass().finally(() => (this.running = null));
    }, ms);
  }

  private async pass(): Promise<void> {
    let handled = 0;
    try {
      const pass = await underLease(this.dataSource, 'delivery-sender', () => this.sendDue.execute({ limit: BATCH }));
      handled = pass.held ? pass.result : 0;
    } catch (error) {
      // The database away for a moment: the next pass tries again.
      this.logger.error({ err: error }, 'delivery pass failed');
    }
    this.schedule(handled >= BATCH ? 0 : this.env.DELIVERY_POLL_MS);
  }
}
