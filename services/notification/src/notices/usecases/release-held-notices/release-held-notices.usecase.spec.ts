import {
  ApplicationSubmittedV1,
  EventEnvelope,
  LineThresholdCrossedV1,
  SeatConfirmedV1,
  TraineeLinkedV1,
  UserChangedV1,
} from '@baeum/contracts';
import { BatchEffects, EventHandler } from '@baeum/messaging';
import { eventually, useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { NotificationEnv } from '../../../config/env';
import { ContactsQueries } from '../../../contacts/contacts.queries';
import { TraineeLinksQueries } from '../../../contacts/trainee-links.queries';
import { RecordContactUseCase } from '../../../contacts/usecases/record-contact/record-contact.usecase';
import { RecordTraineeLinkUseCase } from '../../../contacts/usecases/record-trainee-link/record-trainee-link.usecase';
import { notificationDatabase } from '../../../database/settings';
import { DeliveriesQueries } from '../../../deliveries/deliveries.queries';
import { HeldNoticesQueries } from '../../held-notices.queries';
import { ApplicationSubmittedConsumer } from '../../consumers/application-submitted.consumer';
import { SeatConfirmedConsumer } from '../../consumers/seat-confirmed.consumer';
import { ThresholdCrossedConsumer } from '../../consumers/threshold-crossed.consumer';
import { TraineeLinkedConsumer } from '../../consumers/trainee-linked.consumer';
import { UserChangedConsumer } from '../../consumers/user-changed.consumer';
import { NoticeHandlers } from '../../notice-handlers';
import { specTellPeople } from '../../spec-tell-people';
import { ReleaseHeldNoticesUseCase } from './release-held-notices.usecase';

const db = useSpecDatabase(notificationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as never));

/**
 * The events naming people and the announcements of those people come on different topics, in
 * either order: a notice whose person is not known yet waits for them instead of being lost.
 */
describe('notices held for recipients not known yet', () => {
  const env = { PUBLIC_BASE_URL: 'https://baeum.test' } as NotificationEnv;
  const contacts = new ContactsQueries({} as never);
  const links = new TraineeLinksQueries();
  const held = new HeldNoticesQueries();
  let submitted: ApplicationSubmittedConsumer;
  let crossed: ThresholdCrossedConsumer;
  let seatConfirmed: SeatConfirmedConsumer;
  let userChanged: UserChangedConsumer;
  let traineeLinked: TraineeLinkedConsumer;
  beforeAll(() => {
    const tell = specTellPeople(db.dataSource);
    submitted = new ApplicationSubmittedConsumer(tell, env);
    crossed = new ThresholdCrossedConsumer(tell, env);
    seatConfirmed = new SeatConfirmedConsumer(tell, env);
    const release = new ReleaseHeldNoticesUseCase(
      held,
      new NoticeHandlers(undefined, pino({ level: 'silent' }), [submitted, crossed, seatConfirmed] as EventHandler[]),
    );
    userChanged = new UserChangedConsumer(new RecordContactUseCase(contacts), release);
    traineeLinked = new TraineeLinkedConsumer(new RecordTraineeLinkUseCase(links), release);
  });

  const envelope = <P>(
    contract: { type: string; version: number },
    tenantId: string,
    payload: P,
    occurredAt: string,
  ): EventEnvelope<P> => ({
    id: randomUUID(),
    type: contract.type,
    version: contract.version,
    occurredAt,
    tenantId,
    source: 'spec',
    correlationId: randomUUID(),
    causationId: null,
    payload,
  });
  const handle = <P>(consumer: { handle(e: EventEnvelope<P>, tx: never, batch: never): Promise<void> }, event: EventEnvelope<P>) =>
    db.dataSource.transaction(async (tx) => {
      const batch = new BatchEffects();
      await consumer.handle(event, tx as never, batch as never);
      await batch.run();
    });
  const announce = (tenantId: string, user: UserChangedV1, occurredAt: string) =>
    handle(userChanged, envelope(UserChangedV1, tenantId, user, occurredAt));
  const person = (roles: string[], active = true): UserChangedV1 => {
    const userId = randomUUID();
    return { userId, email: `p-${userId.slice(0, 8)}@example.com`, name: '김직원', roles, agencyCode: 'SEOUL-HRD', active };
  };
  const toldOf = async (eventId: string) => {
    const inbox = (await db.dataSource.query(`SELECT recipient FROM notification.inbox_item WHERE event_id = $1 ORDER BY recipient`, [
      eventId,
    ])) as { recipient: string }[];
    const mails = (await db.dataSource.query(
      `SELECT recipient FROM notification.delivery WHERE event_id = $1 AND channel = 'email' ORDER BY recipient`,
      [eventId],
    )) as { recipient: string }[];
    expect(mails.map((m) => m.recipient)).toEqual(inbox.map((i) => i.recipient));
    return inbox.map((i) => i.recipient);
  };
  const heldFor = async (eventId: string) =>
    (
      (await db.dataSource.query(
        `SELECT awaited_kind || ':' || awaited_id AS awaited FROM notification.held_notice WHERE event_id = $1 ORDER BY 1`,
        [eventId],
      )) as { awaited: string }[]
    ).map((r) => r.awaited);

  /** examination's event of an application, at 01:00 on 2 March 2027. */
  const applicationOf = (tenantId: string, applicantUserId: string) =>
    envelope(
      ApplicationSubmittedV1,
      tenantId,
      {
        applicationId: randomUUID(),
        examId: randomUUID(),
        positionId: randomUUID(),
        jobSeries: 'general_admin',
        grade: 9,
        feeAmount: '5000',
        submittedAt: '2027-03-02T01:00:00Z',
        applicantUserId,
        examTitleKo: '2027년 제1회 임용시험',
        jobSeriesKo: '일반행정',
      },
      '2027-03-02T01:00:00Z',
    );

  it('tells an applicant announced after their application was taken, once, however often either event comes', async () => {
    const tenantId = randomUUID();
    const applicant = person(['applicant']);
    const application = applicationOf(tenantId, applicant.userId);
    await handle(submitted, application);
    await handle(submitted, application);
    expect(await toldOf(application.id)).toEqual([]);
    expect(await heldFor(application.id)).toEqual([`person:${applicant.userId}`]);

    await announce(tenantId, applicant, '2027-03-02T00:59:00Z');
    expect(await toldOf(application.id)).toEqual([applicant.userId]);
    expect(await heldFor(application.id)).toEqual([]);
    // The announcement again, or a change of the person, tells nothing more.
    await announce(tenantId, applicant, '2027-03-02T00:59:00Z');
    await announce(tenantId, { ...applicant, name: '김응시' }, '2027-03-03T00:00:00Z');
    await handle(submitted, application);
    expect(await toldOf(application.id)).toEqual([applicant.userId]);
  });

  it('passes by a held event its consumer’s contract now refuses, and still records the announcement and gives the rest', async () => {
    const tenantId = randomUUID();
    const applicant = person(['applicant']);
    const application = applicationOf(tenantId, applicant.userId);
    await handle(submitted, application);
    // Held before a deployment whose contract no longer takes it: its exam id is not a uuid.
    const refused = { ...applicationOf(tenantId, applicant.userId), payload: { ...application.payload, examId: 'not-a-uuid' } };
    await db.dataSource.transaction((tx) => held.hold(tx, refused, [{ kind: 'person', id: applicant.userId }]));

    await announce(tenantId, applicant, '2027-03-02T00:59:00Z');
    expect(await toldOf(application.id)).toEqual([applicant.userId]);
    expect(await toldOf(refused.id)).toEqual([]);
    expect(await heldFor(refused.id)).toEqual([]);
    const [contact] = (await db.dataSource.query(`SELECT user_id FROM notification.contact WHERE user_id = $1`, [applicant.userId])) as {
      user_id: string;
    }[];
    expect(contact?.user_id).toBe(applicant.userId);
  });

  it('tells an applicant announced while their notice is being held, in a transaction beside it', async () => {
    const tenantId = randomUUID();
    const applicant = person(['applicant']);
    const application = applicationOf(tenantId, applicant.userId);
    // The notice's transaction finds no applicant and holds the notice, but has not committed yet.
    const holding = db.dataSource.createQueryRunner();
    await holding.connect();
    await holding.startTransaction();
    try {
      await submitted.handle(application, holding.manager);
      // Meanwhile the applicant is announced: without the lock it would commit now, see nothing held,
      // and the notice would wait for nobody. It waits for the holding transaction instead.
      let announced = false;
      const announcing = announce(tenantId, applicant, '2027-03-02T00:59:00Z').then(() => (announced = true));
      const waitingForTheLock = async () =>
        (
          (await db.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
          )) as { n: number }[]
        )[0].n > 0;
      await eventually(async () => announced || (await waitingForTheLock()), {
        timeoutMs: 30000,
        what: 'the announcement waiting or done',
      });
      expect(announced).toBe(false);
      await holding.commitTransaction();
      await announcing;
    } finally {
      if (holding.isTransactionActive) await holding.rollbackTransaction();
      await holding.release();
    }
    expect(await toldOf(application.id)).toEqual([applicant.userId]);
    expect(await heldFor(application.id)).toEqual([]);
  });

  it('tells an inactive person nothing, and forgets what waited for them', async () => {
    const tenantId = randomUUID();
    const applicant = person(['applicant'], false);
    const application = applicationOf(tenantId, applicant.userId);
    await handle(submitted, application);
    await announce(tenantId, applicant, '2027-03-02T00:00:00Z');
    expect(await toldOf(application.id)).toEqual([]);
    expect(await heldFor(application.id)).toEqual([]);
  });

  it("tells a role's holders announced late if they held it when the event happened, and nobody who took it later", async () => {
    const tenantId = randomUUID();
    const [known, late, newcomer, planner] = [
      person(['finance_officer']),
      person(['finance_officer']),
      person(['finance_officer']),
      person(['planner']),
    ];
    await announce(tenantId, known, '2027-01-01T00:00:00Z');
    const threshold = envelope(
      LineThresholdCrossedV1,
      tenantId,
      {
        budgetLineId: randomUUID(),
        budgetLineCode: 'NEWCOMER',
        fiscalYear: 2027,
        thresholdPercent: 80,
        currentBudget: '10000000',
        executed: '8100000',
      },
      '2027-03-02T00:00:00Z',
    );
    await handle(crossed, threshold);
    expect(await toldOf(threshold.id)).toEqual([known.userId]);

    // Made a finance officer before the crossing, but announced after it was handled.
    await announce(tenantId, late, '2027-03-01T00:00:00Z');
    // Made one after the crossing; and someone of another role.
    await announce(tenantId, newcomer, '2027-03-05T00:00:00Z');
    await announce(tenantId, planner, '2027-02-01T00:00:00Z');
    expect(await toldOf(threshold.id)).toEqual([known.userId, late.userId].sort());
    // Kept for whoever else held the role then and is announced later still.
    expect(await heldFor(threshold.id)).toEqual(['role:finance_officer']);
  });

  it('tells a trainee whose link to their account comes after their seat was confirmed', async () => {
    const tenantId = randomUUID();
    const trainee = person(['trainee']);
    const traineeId = randomUUID();
    await announce(tenantId, trainee, '2027-01-01T00:00:00Z');
    const confirmed = envelope(
      SeatConfirmedV1,
      tenantId,
      {
        applicationId: randomUUID(),
        cohortId: randomUUID(),
        traineeId,
        agencyCode: 'MAPO-GU',
        via: 'application' as const,
        confirmedAt: '2027-03-02T00:00:00Z',
      },
      '2027-03-02T00:00:00Z',
    );
    await handle(seatConfirmed, confirmed);
    expect(await toldOf(confirmed.id)).toEqual([]);
    expect(await heldFor(confirmed.id)).toEqual([`trainee:${traineeId}`]);

    await handle(
      traineeLinked,
      envelope(
        TraineeLinkedV1,
        tenantId,
        { traineeId, userId: trainee.userId, agencyCode: 'MAPO-GU', linkedAt: '2027-01-01T00:00:00Z' },
        '2027-03-02T00:00:01Z',
      ),
    );
    expect(await toldOf(confirmed.id)).toEqual([trainee.userId]);
    expect(await heldFor(confirmed.id)).toEqual([]);
  });
});
