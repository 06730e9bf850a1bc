import { EventEnvelope, SeatConfirmedV1, SeatReleasedV1, SeatWaitlistedV1, TraineeCompletedV1 } from '@baeum/contracts';
import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import type { NotificationEnv } from '../../config/env';
import { ContactsQueries } from '../../contacts/contacts.queries';
import { TraineeLinksQueries } from '../../contacts/trainee-links.queries';
import { RecordContactUseCase } from '../../contacts/usecases/record-contact/record-contact.usecase';
import { RecordTraineeLinkUseCase } from '../../contacts/usecases/record-trainee-link/record-trainee-link.usecase';
import { notificationDatabase } from '../../database/settings';
import { DeliveriesQueries } from '../../deliveries/deliveries.queries';
import { EnqueueDeliveriesUseCase } from '../../deliveries/usecases/enqueue-deliveries/enqueue-deliveries.usecase';
import { InboxQueries } from '../../inbox/inbox.queries';
import { PreferencesQueries } from '../../preferences/preferences.queries';
import { SeatConfirmedConsumer } from './seat-confirmed.consumer';
import { SeatReleasedConsumer } from './seat-released.consumer';
import { SeatWaitlistedConsumer } from './seat-waitlisted.consumer';
import { TraineeCompletedConsumer } from './trainee-completed.consumer';

const db = useSpecDatabase(notificationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as never));

describe('trainee notice consumers', () => {
  const env = { PUBLIC_BASE_URL: 'https://baeum.test' } as NotificationEnv;
  const links = new TraineeLinksQueries();
  const contacts = () => new ContactsQueries(db.dataSource);
  const deliveries = () => new DeliveriesQueries(db.dataSource);
  const deps = () =>
    [
      links,
      contacts(),
      new EnqueueDeliveriesUseCase(deliveries(), new InboxQueries(db.dataSource), contacts(), new PreferencesQueries(db.dataSource)),
      env,
    ] as const;
  const envelope = <P>(contract: { type: string; version: number }, tenantId: string, payload: P): EventEnvelope<P> => ({
    id: randomUUID(),
    type: contract.type,
    version: contract.version,
    occurredAt: new Date().toISOString(),
    tenantId,
    source: 'enrollment',
    correlationId: randomUUID(),
    causationId: null,
    payload,
  });

  /** A tenant with a trainee linked to an active contact, and one linked to none. */
  async function given() {
    const tenantId = randomUUID();
    const [linked, unlinked, userId] = [randomUUID(), randomUUID(), randomUUID()];
    await db.dataSource.transaction(async (tx) => {
      await new RecordContactUseCase(contacts()).execute(tx, {
        tenantId,
        occurredAt: '2027-01-01T00:00:00Z',
        user: { userId, email: 'trainee@example.com', name: '정교육생', roles: ['trainee'], agencyCode: 'MAPO-GU', active: true },
      });
      const record = new RecordTraineeLinkUseCase(links);
      await record.execute(tx, { tenantId, link: { traineeId: linked, userId, agencyCode: 'MAPO-GU', linkedAt: '2027-01-01T00:00:00Z' } });
      await record.execute(tx, {
        tenantId,
        link: { traineeId: unlinked, userId: null, agencyCode: 'MAPO-GU', linkedAt: '2027-01-01T00:00:00Z' },
      });
    });
    const seat = (traineeId: string) => ({ applicationId: randomUUID(), cohortId: randomUUID(), traineeId, agencyCode: 'MAPO-GU' });
    return { tenantId, linked, unlinked, userId, seat };
  }

  it('mails a linked trainee once per seat or completion event, also when the event comes again', async () => {
    const { tenantId, linked, userId, seat } = await given();
    const events: [{ handle(e: never, tx: never): Promise<void> }, EventEnvelope<unknown>][] = [
      [
        new SeatConfirmedConsumer(...deps()),
        envelope(SeatConfirmedV1, tenantId, { ...seat(linked), via: 'waitlist', confirmedAt: '2027-03-02T00:00:00Z' }),
      ],
      [new SeatWaitlistedConsumer(...deps()), envelope(SeatWaitlistedV1, tenantId, { ...seat(linked), position: 2 })],
      [
        new SeatReleasedConsumer(...deps()),
        envelope(SeatReleasedV1, tenantId, { ...seat(linked), reason: 'cohort_cancelled', releasedAt: '2027-03-02T00:00:00Z' }),
      ],
      [
        new TraineeCompletedConsumer(...deps()),
        envelope(TraineeCompletedV1, tenantId, {
          ...seat(linked),
          courseId: randomUUID(),
          completedOn: '2027-03-06',
          attendancePercent: 100,
          certificateNo: 'C-1',
        }),
      ],
    ];
    for (const [consumer, event] of events) {
      await db.dataSource.transaction((tx) => consumer.handle(event as never, tx as never));
      await db.dataSource.transaction((tx) => consumer.handle(event as never, tx as never));
      const rows = await deliveries().byEvent(event.id);
      expect(rows.map((r) => ({ recipient: r.recipient, address: r.address }))).toEqual([
        { recipient: userId, address: 'trainee@example.com' },
      ]);
    }
    expect((await deliveries().byEvent(events[0][1].id))[0].template).toBe('seat-promoted');
  });

  it('mails nobody for a trainee linked to no account, one never announced, or the trainee’s own cancellation', async () => {
    const { tenantId, linked, unlinked, seat } = await given();
    const quiet = [
      envelope(SeatWaitlistedV1, tenantId, { ...seat(unlinked), position: 1 }),
      envelope(SeatWaitlistedV1, tenantId, { ...seat(randomUUID()), position: 1 }),
      // Another tenant's trainee of the same id is not this one.
      envelope(SeatWaitlistedV1, randomUUID(), { ...seat(linked), position: 1 }),
    ];
    for (const event of quiet) await db.dataSource.transaction((tx) => new SeatWaitlistedConsumer(...deps()).handle(event, tx));
    const own = envelope(SeatReleasedV1, tenantId, { ...seat(linked), reason: 'cancelled' as const, releasedAt: '2027-03-02T00:00:00Z' });
    await db.dataSource.transaction((tx) => new SeatReleasedConsumer(...deps()).handle(own, tx));
    for (const event of [...quiet, own]) expect(await deliveries().byEvent(event.id)).toEqual([]);
  });
});
