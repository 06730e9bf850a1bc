import {
  EventContract,
  EventEnvelope,
  SeatConfirmedV1,
  SeatReleasedV1,
  SeatWaitlistedV1,
  TraineeCompletedV1,
  TraineeLinkedV1,
  UserChangedV1,
} from '@baeum/contracts';
import { EventPublisher, KafkaTransport, messagingTablesUp, OutboxRelay } from '@baeum/messaging';
import { createLogger } from '@baeum/service-kit';
import { eventually, infra, ServiceStack, TestSmtpServer } from '@baeum/testing';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/**
 * Trainee notices over a real SMTP server, Kafka and PostgreSQL: the gateway announces a trainee's
 * user, enrollment links its trainee record to that user (and another record to none), then its seat
 * and completion events mail the linked trainee exactly once each, also when an event comes twice,
 * and the unlinked trainee never.
 */
const PUBLIC = 'https://baeum.test';
const tenantId = randomUUID();
const logger = createLogger('notification-trainee-notices-test', 'warn');
let smtp: TestSmtpServer;
let stack: ServiceStack;
let source: DataSource;
let transport: KafkaTransport;
const relays: OutboxRelay[] = [];
let producer: Producer;
const gateway = new EventPublisher({ service: 'gateway', schema: 'gateway', serialiseWriters: false });
const enrollment = new EventPublisher({ service: 'enrollment', schema: 'enrollment', serialiseWriters: false });

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  stack = await ServiceStack.start({
    services: ['notification'],
    env: {
      notification: { SMTP_URL: smtp.url, MAIL_FROM: '배움 Baeum <no-reply@baeum.test>', PUBLIC_BASE_URL: PUBLIC, DELIVERY_POLL_MS: '200' },
    },
  });
  // The gateway's and enrollment's outboxes in one database of this run (neither service runs here),
  // each relayed to this run's topics as its service relays it.
  const url = Object.assign(new URL(infra().pgUrl), { pathname: `/${stack.databaseName('gateway')}` }).toString();
  source = new DataSource({ type: 'postgres', url, extra: { max: 4 } });
  await source.initialize();
  transport = new KafkaTransport(infra().kafkaBrokers.split(','), 'notification-trainee-notices-test', logger, stack.topicPrefix);
  await transport.connectProducer();
  for (const service of ['gateway', 'enrollment']) {
    await source.query(`CREATE SCHEMA ${service}`);
    for (const sql of messagingTablesUp(service)) await source.query(sql);
    const relay = new OutboxRelay(source, transport, { service, schema: service, batchSize: 100, pollMs: 200 }, logger);
    relay.start();
    relays.push(relay);
  }
  const kafka = new Kafka({
    clientId: 'notification-trainee-notices-test',
    brokers: infra().kafkaBrokers.split(','),
    logLevel: logLevel.ERROR,
  });
  producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
});

afterAll(async () => {
  await producer?.disconnect();
  for (const relay of relays) await relay.stop();
  await transport?.close();
  await source?.destroy();
  await stack?.stop();
  await smtp?.stop();
});

const publish = <P>(publisher: EventPublisher, contract: EventContract<P>, payload: P): Promise<EventEnvelope<P>> =>
  source.transaction((tx) => publisher.publish(tx, contract, tenantId, payload));

const deliveriesOf = (eventId: string) =>
  stack.query('notification', `SELECT recipient, address, template, status FROM notification.delivery WHERE event_id = $1`, [eventId]);

it('mails a linked trainee once per seat and completion event, never twice for a redelivered event, and an unlinked trainee never', async () => {
  const email = `trainee-${stack.runId}@example.com`;
  const user: UserChangedV1 = { userId: randomUUID(), email, name: '정교육생', roles: ['trainee'], agencyCode: 'MAPO-GU', active: true };
  await publish(gateway, UserChangedV1, user);
  const [linked, unlinked] = [randomUUID(), randomUUID()];
  // Made unlinked, then linked to the account: the newest link counts.
  await publish(enrollment, TraineeLinkedV1, {
    traineeId: linked,
    userId: null,
    agencyCode: 'MAPO-GU',
    linkedAt: '2027-03-01T00:00:00.000Z',
  });
  await publish(enrollment, TraineeLinkedV1, {
    traineeId: linked,
    userId: user.userId,
    agencyCode: 'MAPO-GU',
    linkedAt: '2027-03-01T00:01:00.000Z',
  });
  await publish(enrollment, TraineeLinkedV1, {
    traineeId: unlinked,
    userId: null,
    agencyCode: 'MAPO-GU',
    linkedAt: '2027-03-01T00:00:00.000Z',
  });
  await eventually(
    async () =>
      (await stack.query('notification', `SELECT 1 FROM notification.contact WHERE user_id = $1`, [user.userId])).length === 1 &&
      (await stack.query('notification', `SELECT user_id FROM notification.trainee_link WHERE trainee_id = $1`, [linked]))[0]?.user_id ===
        user.userId &&
      (await stack.query('notification', `SELECT 1 FROM notification.trainee_link WHERE trainee_id = $1`, [unlinked])).length === 1,
    { timeoutMs: 60000, what: 'the contact and both links' },
  );

  const cohortId = randomUUID();
  const seat = (traineeId: string) => ({ applicationId: randomUUID(), cohortId, traineeId, agencyCode: 'MAPO-GU' });
  // One cohort, one key: handled in this order.
  const quiet = [
    await publish(enrollment, SeatWaitlistedV1, { ...seat(unlinked), position: 1 }),
    await publish(enrollment, SeatConfirmedV1, { ...seat(unlinked), via: 'application', confirmedAt: '2027-03-02T00:00:00.000Z' }),
  ];
  const waitlisted = await publish(enrollment, SeatWaitlistedV1, { ...seat(linked), position: 2 });
  const promoted = await publish(enrollment, SeatConfirmedV1, {
    ...seat(linked),
    via: 'waitlist',
    confirmedAt: '2027-03-02T00:00:00.000Z',
  });
  const ownCancel = await publish(enrollment, SeatReleasedV1, {
    ...seat(linked),
    reason: 'cancelled',
    releasedAt: '2027-03-03T00:00:00.000Z',
  });
  const cancelled = await publish(enrollment, SeatReleasedV1, {
    ...seat(linked),
    reason: 'cohort_cancelled',
    releasedAt: '2027-03-03T00:00:00.000Z',
  });
  const completed = await publish(enrollment, TraineeCompletedV1, {
    ...seat(linked),
    courseId: randomUUID(),
    completedOn: '2027-03-06',
    attendancePercent: 100,
    certificateNo: `C-${stack.runId}`,
  });
  // The completion again, as a redelivery would bring it, then a marker of the same key after it.
  await producer.send({ topic: stack.topic(TraineeCompletedV1.topic), messages: [{ key: cohortId, value: JSON.stringify(completed) }] });
  const marker = await publish(enrollment, TraineeCompletedV1, {
    ...completed.payload,
    applicationId: randomUUID(),
    certificateNo: 'MARKER',
  });

  const mails = await eventually(async () => smtp.mailsTo(email).length >= 5 && smtp.mailsTo(email), {
    timeoutMs: 90000,
    what: 'five mails',
  });
  await eventually(
    async () => (await deliveriesOf(marker.id)).every((d) => d.status === 'sent') && (await deliveriesOf(marker.id)).length === 1,
    {
      timeoutMs: 60000,
      what: 'the marker sent',
    },
  );
  expect(smtp.mailsTo(email)).toHaveLength(5);
  expect(mails.map((m) => m.subject).sort()).toEqual(
    [
      '[대기] 교육 대기 2번 / Waitlisted, number 2',
      '[선발 확정] 대기에서 선발로 확정되었습니다 / Promoted from the waitlist',
      '[교육 취소] 선발된 교육 기수가 취소되었습니다 / Your training was cancelled',
      '[수료] 교육을 수료하셨습니다 / Training completed',
      '[수료] 교육을 수료하셨습니다 / Training completed',
    ].sort(),
  );
  expect(mails.find((m) => m.text.includes(`C-${stack.runId}`))!.text).toContain(`${PUBLIC}/my-training`);
  for (const event of [waitlisted, promoted, cancelled, completed])
    expect(await deliveriesOf(event.id)).toEqual([expect.objectContaining({ recipient: user.userId, address: email })]);
  for (const event of [...quiet, ownCancel]) expect(await deliveriesOf(event.id)).toEqual([]);
});
