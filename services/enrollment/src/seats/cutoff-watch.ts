import { CohortUnderFilledV1, FillChangedV1 } from '@baeum/contracts';
import { EventPublisher } from '@baeum/messaging';
import { LOGGER, SERVICE_ENV, underLease } from '@baeum/service-kit';
import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { CloseWaitlistUseCase } from './usecases/close-waitlist/close-waitlist.usecase';
import { RunSelectionUseCase } from './usecases/run-selection/run-selection.usecase';
import { seoulToday } from '@baeum/calendar';
import { isUnderFilled, labelOf } from '../cohorts/cohort-rules';
import { EnrollmentEnv } from '../config/env';
import { SeatBook } from './seat-book';
import { changedFills, dueForFillCheck, dueForSelection, markFillsPublished, recordFillCheck } from './seats.queries';

/**
 * Runs what dates decide: when a cohort's applications have closed, its selection (and the
 * release of unused quota seats to the waitlist); at its minimum-fill cut-off, the under-fill
 * check; when its training begins, the end of its waiting list; and, often, one FillChanged per
 * cohort whose fill moved. One replica at a time runs each loop (a lease), and each cohort is
 * still worked on in its own transaction under its lock, so nothing is ever done twice.
 */
@Injectable()
export class CutoffWatch implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private running = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly seats: SeatBook,
    private readonly selection: RunSelectionUseCase,
    private readonly waitlists: CloseWaitlistUseCase,
    private readonly publisher: EventPublisher,
    @Inject(SERVICE_ENV) private readonly env: EnrollmentEnv,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap() {
    this.running = true;
    this.loops = [
      this.every('cutoff-watch', this.env.ENROLLMENT_CUTOFF_INTERVAL_MS, async () => {
        const today = seoulToday();
        await this.closeApplications(today);
        await this.checkMinimumFill(today);
        await this.waitlists.execute(today);
      }),
      this.every('fill-publish', this.env.ENROLLMENT_FILL_INTERVAL_MS, () => this.publishFills()),
    ];
  }

  async beforeApplicationShutdown() {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async every(lease: string, ms: number, work: () => Promise<unknown>) {
    while (this.running) {
      await underLease(this.dataSource, lease, work).catch((error) => this.logger.error({ err: error }, 'cut-off work failed; will retry'));
      for (let waited = 0; this.running && waited < ms; waited += 50) await new Promise((r) => setTimeout(r, Math.min(50, ms - waited)));
    }
  }

  async closeApplications(today: string): Promise<void> {
    for (const cohort_id of await dueForSelection(this.dataSource.manager, today)) {
      await this.dataSource.transaction(async (tx) => {
        const cohort = await this.seats.lock(tx, cohort_id);
        if (cohort && cohort.status === 'scheduled' && !cohort.selectionDone && cohort.applicationCloses < today)
          await this.selection.execute(tx, cohort, today);
      });
    }
  }

  async checkMinimumFill(today: string): Promise<void> {
    for (const cohort_id of await dueForFillCheck(this.dataSource.manager, today)) {
      await this.dataSource.transaction(async (tx) => {
        const cohort = await this.seats.lock(tx, cohort_id);
        if (!cohort || cohort.underFillCheckedOn !== null) return;
        const underFilled = cohort.confirmed < cohort.minimumFill;
        await recordFillCheck(tx, cohort_id, underFilled, today);
        // The institute's course managers are told (by the notification service) to decide.
        if (underFilled)
          await this.publisher.publish(tx, CohortUnderFilledV1, cohort.tenantId, {
            cohortId: cohort.cohortId,
            confirmed: cohort.confirmed,
            minimumFill: cohort.minimumFill,
            checkedOn: today,
            ...labelOf(cohort),
          });
      });
    }
  }

  /** One event per changed cohort: one outbox insert per institute and one update for them all, while their rows are locked. */
  async publishFills(): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const changed = await changedFills(tx);
      if (changed.length === 0) return;
      await this.publisher.publishPerTenant(
        tx,
        FillChangedV1,
        changed,
        (c) => c.tenantId,
        (c) => ({
          cohortId: c.cohortId,
          capacity: c.capacity,
          confirmed: c.confirmed,
          waitlisted: c.waitlisted,
          underFilled: isUnderFilled(c),
        }),
      );
      await markFillsPublished(tx, changed);
    });
  }
}
