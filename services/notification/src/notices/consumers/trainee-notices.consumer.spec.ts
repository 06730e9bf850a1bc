import {
  ApplicationEndedV1,
  CohortUnderFilledV1,
  EventEnvelope,
  SeatConfirmedV1,
  SeatWaitlistedV1,
  TraineeCompletedV1,
} from '@baeum/contracts';
import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import type { NotificationEnv } from '../../config/env';
import { ContactsQueries } from '../../contacts/contacts.queries';
import { TraineeLinksQueries } from '../../contacts/trainee-links.queries';
import { RecordContactUseCase } from '../../contacts/usecases/record-contact/record-contact.usecase';
import { RecordTraineeLinkUseCase } from '../../contacts/usecases/record-trainee-link/record-trainee-link.usecase';
import { notificationDatabase } from '../../database/settings';
import { DeliveriesQueries } from '../../deliveries/deliveries.queries';
import { specTellPeople } from '../spec-tell-people';
import { ApplicationEndedConsumer } from './application-ended.consumer';
import { CohortUnderFilledConsumer } from './cohort-under-filled.consumer';
import { SeatConfirmedConsumer } from './seat-confirmed.consumer';
import { SeatWaitlistedConsumer } from './seat-waitlisted.consumer';
import { TraineeCompletedConsumer } from './trainee-completed.consumer';

const db = useSpecDatabase(notificationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as never));

describe('trainee notice consumers', () => {
  const env = { PUBLIC_BASE_URL: 'https://baeum.test' } as NotificationEnv;
  const links = new TraineeLinksQueries();
  const contacts = () => new ContactsQueries(db.dataSource);
  const deliveries = () => new DeliveriesQueries(db.dataSource);
  const deps = () => [specTellPeople(db.dataSource), env] as const;
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

  const label = {
    courseNameKo: '신규임용자 과정',
    courseNameEn: 'Newly appointed officials',
    startDate: '2027-03-02',
    endDate: '2027-03-06',
  };
  const inboxOf = async (eventId: string) =>
    (
      (await db.dataSource.query(`SELECT recipient FROM notification.inbox_item WHERE event_id = $1 ORDER BY recipient`, [eventId])) as {
        recipient: string;
      }[]
    ).map((r) => r.recipient);

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
      ...(['withdrawn', 'rejected', 'cohort_cancelled', 'merged', 'waitlist_closed'] as const).map(
        (reason) =>
          [
            new ApplicationEndedConsumer(...deps()),
            envelope(ApplicationEndedV1, tenantId, { ...seat(linked), reason, heldSeat: false, endedAt: '2027-03-02T00:00:00Z', ...label }),
          ] as [{ handle(e: never, tx: never): Promise<void> }, EventEnvelope<unknown>],
      ),
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
      expect(await inboxOf(event.id)).toEqual([userId]);
    }
    // Each of the ends its own template, naming the course.
    const ended = await Promise.all(events.slice(2, 7).map(async ([, e]) => (await deliveries().byEvent(e.id))[0]));
    expect(ended.map((d) => d.template)).toEqual([
      'application-withdrawn',
      'application-rejected',
      'cohort-cancelled',
      'cohort-merged',
      'waitlist-closed',
    ]);
    expect(ended.every((d) => String(d.subject).includes('신규임용자 과정'))).toBe(true);
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
    const own = envelope(ApplicationEndedV1, tenantId, {
      ...seat(linked),
      reason: 'cancelled' as const,
      heldSeat: true,
      endedAt: '2027-03-02T00:00:00Z',
    });
    await db.dataSource.transaction((tx) => new ApplicationEndedConsumer(...deps()).handle(own, tx));
    for (const event of [...quiet, own]) expect(await deliveries().byEvent(event.id)).toEqual([]);
  });

  it('tells every active course manager of the tenant of an under-filled cohort, once each, and nobody else', async () => {
    const tenantId = randomUUID();
    const people = [
      { userId: randomUUID(), roles: ['course_manager'], active: true },
      { userId: randomUUID(), roles: ['admin', 'course_manager'], active: true },
      { userId: randomUUID(), roles: ['course_manager'], active: false },
      { userId: randomUUID(), roles: ['trainee'], active: true },
    ];
    await db.dataSource.transaction(async (tx) => {
      for (const [i, p] of people.entries())
        await new RecordContactUseCase(contacts()).execute(tx, {
          tenantId,
          occurredAt: '2027-01-01T00:00:00Z',
          user: { ...p, email: `person-${i}@example.com`, name: `사람${i}` },
        });
    });
    const consumer = new CohortUnderFilledConsumer(...deps());
    const event = envelope(CohortUnderFilledV1, tenantId, {
      cohortId: randomUUID(),
      confirmed: 3,
      minimumFill: 10,
      checkedOn: '2027-02-20',
      ...label,
    });
    await db.dataSource.transaction((tx) => consumer.handle(event, tx));
    await db.dataSource.transaction((tx) => consumer.handle(event, tx));
    const managers = [people[0].userId, people[1].userId].sort();
    expect((await deliveries().byEvent(event.id)).map((d) => d.recipient).sort()).toEqual(managers);
    expect(await inboxOf(event.id)).toEqual(managers);
    // Another tenant's event tells none of these.
    const elsewhere = envelope(CohortUnderFilledV1, randomUUID(), { ...event.payload });
    await db.dataSource.transaction((tx) => consumer.handle(elsewhere, tx));
    expect(await deliveries().byEvent(elsewhere.id)).toEqual([]);
  });
});
