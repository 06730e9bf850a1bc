import { CohortScheduledV1, InstituteSettingsChangedV1, SeatConfirmedV1 } from '@baeum/contracts';
import { BatchEffects, EventPublisher } from '@baeum/messaging';
import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { FinanceEnv } from '../../config/env';
import { financeDatabase } from '../../database/settings';
import { Commitment } from '../../ledger/entities/commitment.entity';
import { Ledger } from '../../ledger/ledger';
import { BookRules } from '../book-rules';
import { CohortBookings } from '../cohort-bookings';
import { Settlement } from '../settlement';
import { CohortScheduledConsumer } from './cohort-scheduled.consumer';
import { SeatConfirmedConsumer } from './seat-confirmed.consumer';
import { SettingsChangedConsumer } from './settings-changed.consumer';
import { newcomerCohort, openSpecBook, SPEC_MEAL as MEAL, SPEC_YEAR as YEAR, specEnvelope as envelope } from './spec-book';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
const db = useSpecDatabase(financeDatabase(new FinanceEnv()));
const publisher = new EventPublisher({ service: 'finance', schema: 'finance', serialiseWriters: false });
const ledger = new Ledger(publisher);
const bookings = new CohortBookings(ledger, new Settlement(ledger), new BookRules());
const settingsChanged = new SettingsChangedConsumer(bookings);

/** One consumer transaction: the handler, then what it left for the batch's end. */
const run = (work: (tx: EntityManager, batch: BatchEffects) => Promise<void>) =>
  db.dataSource.transaction(async (tx) => {
    const batch = new BatchEffects();
    await work(tx, batch);
    await batch.run();
  });

/** A tenant whose 2031 book pays meals, with one cohort from Monday 3 to Friday 7 March and one trainee seated. */
async function cohortWithTrainee(tenantId = randomUUID()): Promise<{ tenantId: string; cohortId: string }> {
  await openSpecBook(db.dataSource, publisher, tenantId);
  const cohortId = randomUUID();
  const snapshot = newcomerCohort(cohortId, 30);
  await run((tx) => new CohortScheduledConsumer(bookings).handle(envelope(CohortScheduledV1, tenantId, snapshot), tx));
  const seat: SeatConfirmedV1 = {
    applicationId: randomUUID(),
    cohortId,
    traineeId: randomUUID(),
    agencyCode: '6110000',
    via: 'application',
    confirmedAt: '2031-02-10T01:00:00Z',
  };
  await run((tx, batch) => new SeatConfirmedConsumer(bookings).handle(envelope(SeatConfirmedV1, tenantId, seat, 'enrollment'), tx, batch));
  return { tenantId, cohortId };
}

const holidays = (tenantId: string, changedAt: string, ...dates: string[]) =>
  run((tx) =>
    settingsChanged.handle(
      envelope(InstituteSettingsChangedV1, tenantId, {
        tenantId,
        distancingEnabled: false,
        holidays: dates.map((date) => ({ date, name: '기관 휴무일' })),
        changedAt,
      }),
      tx,
    ),
  );

async function mealsOf(tenantId: string, cohortId: string): Promise<bigint> {
  const commitments = await db.dataSource.manager.findBy(Commitment, { tenantId, cause: 'meals', causeId: cohortId });
  return commitments.filter((c) => c.status === 'booked').reduce((sum, c) => sum + c.committed, 0n);
}

describe('SettingsChangedConsumer', () => {
  it('takes a new institute holiday off the meal-days of a cohort meeting on it, and gives it back when removed', async () => {
    const { tenantId, cohortId } = await cohortWithTrainee();
    expect(await mealsOf(tenantId, cohortId)).toBe(5n * MEAL);
    await holidays(tenantId, '2031-02-02T00:00:00.000Z', '2031-03-05', '2031-04-01');
    expect(await mealsOf(tenantId, cohortId)).toBe(4n * MEAL);
    await holidays(tenantId, '2031-02-03T00:00:00.000Z', '2031-04-01');
    expect(await mealsOf(tenantId, cohortId)).toBe(5n * MEAL);
  });

  it('lets no older event overwrite a newer one, and takes the same one twice as once', async () => {
    const { tenantId, cohortId } = await cohortWithTrainee();
    await holidays(tenantId, '2031-02-05T00:00:00.000Z', '2031-03-04', '2031-03-06');
    await holidays(tenantId, '2031-02-04T00:00:00.000Z');
    await holidays(tenantId, '2031-02-05T00:00:00.000Z', '2031-03-04', '2031-03-06');
    expect(await mealsOf(tenantId, cohortId)).toBe(3n * MEAL);
  });

  it('gives a cohort scheduled after the holiday was announced its meal-days without it', async () => {
    const tenantId = randomUUID();
    await holidays(tenantId, '2031-02-01T00:00:00.000Z', '2031-03-05');
    const { cohortId } = await cohortWithTrainee(tenantId);
    expect(await mealsOf(tenantId, cohortId)).toBe(4n * MEAL);
  });

  it('keeps one tenant’s holidays apart from another’s', async () => {
    const { tenantId, cohortId } = await cohortWithTrainee();
    await holidays(randomUUID(), '2031-02-02T00:00:00.000Z', '2031-03-05');
    expect(await mealsOf(tenantId, cohortId)).toBe(5n * MEAL);
  });
});
