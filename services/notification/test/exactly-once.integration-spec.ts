import { ApplicationSubmittedV1, EventEnvelope, UserChangedV1 } from '@baeum/contracts';
import { EventPublisher, KafkaTransport, messagingTablesUp, OutboxRelay } from '@baeum/messaging';
import { createLogger, runInContext } from '@baeum/service-kit';
import { eventually, infra, repoRoot, ServiceStack, TestSmtpServer } from '@baeum/testing';
import { Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

/**
 * Exactly one message per event and person, over a real SMTP server, Kafka and PostgreSQL, when the
 * notification consumer is killed (SIGKILL) after writing an event's deliveries and inbox item and
 * before committing them, and when the same event then arrives once more.
 */
const PUBLIC = 'https://baeum.test';
const tenantId = randomUUID();
const crashCorrelationId: string = `crash-${randomUUID()}`;
const logger = createLogger('notification-exactly-once-test', 'warn');
let smtp: TestSmtpServer;
let stack: ServiceStack;
let source: DataSource;
let transport: KafkaTransport;
const relays: OutboxRelay[] = [];
let producer: Producer;
const gateway = new EventPublisher({ service: 'gateway', schema: 'gateway', serialiseWriters: false });
const examination = new EventPublisher({ service: 'examination', schema: 'examination', serialiseWriters: false });

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  stack = await ServiceStack.start({
    services: ['notification'],
    env: {
      notification: {
        SMTP_URL: smtp.url,
        MAIL_FROM: '배움 Baeum <no-reply@baeum.test>',
        PUBLIC_BASE_URL: PUBLIC,
        DELIVERY_POLL_MS: '200',
        BAEUM_FAULT_CRASH_BEFORE_COMMIT: crashCorrelationId,
        BAEUM_FAULT_ONCE_FILE: join(repoRoot(), 'tmp', `crash-once-${crashCorrelationId}`),
      },
    },
  });
  // The gateway's and examination's outboxes in one database of this run (neither service runs here),
  // each relayed to this run's topics as its service relays it.
  const url = Object.assign(new URL(infra().pgUrl), { pathname: `/${stack.databaseName('gateway')}` }).toString();
  source = new DataSource({ type: 'postgres', url, extra: { max: 4 } });
  await source.initialize();
  transport = new KafkaTransport(infra().kafkaBrokers.split(','), 'notification-exactly-once-test', logger, stack.topicPrefix);
  await transport.connectProducer();
  for (const service of ['gateway', 'examination']) {
    await source.query(`CREATE SCHEMA ${service}`);
    for (const sql of messagingTablesUp(service)) await source.query(sql);
    const relay = new OutboxRelay(source, transport, { service, schema: service, batchSize: 100, pollMs: 200 }, logger);
    relay.start();
    relays.push(relay);
  }
  const kafka = new Kafka({
    clientId: 'notification-exactly-once-test',
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

const submitted = (applicantUserId: string): ApplicationSubmittedV1 => ({
  applicationId: randomUUID(),
  examId: randomUUID(),
  positionId: randomUUID(),
  jobSeries: 'ADMIN',
  grade: 9,
  feeAmount: '5000',
  submittedAt: new Date().toISOString(),
  applicantUserId,
  examTitleKo: '2027년 제1회 서울시 지방공무원 임용시험',
  jobSeriesKo: '일반행정',
});

const publishSubmitted = (
  payload: ApplicationSubmittedV1,
  correlationId: string = randomUUID(),
): Promise<EventEnvelope<ApplicationSubmittedV1>> =>
  runInContext({ correlationId, causationId: null }, () =>
    source.transaction((tx) => examination.publish(tx, ApplicationSubmittedV1, tenantId, payload)),
  );

const deliveriesOf = (eventId: string) =>
  stack.query('notification', `SELECT recipient, channel, status FROM notification.delivery WHERE event_id = $1 ORDER BY channel`, [
    eventId,
  ]);
const inboxItemsOf = (eventId: string) =>
  stack.query('notification', `SELECT count(*)::int AS n FROM notification.inbox_item WHERE event_id = $1`, [eventId]);

it('sends one mail and keeps one inbox item when the consumer dies before committing, and when the event comes again', async () => {
  const email = `applicant-${stack.runId}@example.com`;
  const applicant: UserChangedV1 = { userId: randomUUID(), email, name: '한지원', roles: ['applicant'], active: true };
  await source.transaction((tx) => gateway.publish(tx, UserChangedV1, tenantId, applicant));
  await eventually(
    async () =>
      (await stack.query('notification', `SELECT 1 FROM notification.contact WHERE user_id = $1`, [applicant.userId])).length === 1,
    { timeoutMs: 60000, what: 'the contact' },
  );

  const event = await publishSubmitted(submitted(applicant.userId), crashCorrelationId);

  // The event reached the consumer, which wrote the delivery and the inbox item and died before committing them.
  const exit = await stack.waitForExit('notification');
  expect(exit.signal).toBe('SIGKILL');
  expect(await deliveriesOf(event.id)).toEqual([]);
  expect(await inboxItemsOf(event.id)).toEqual([{ n: 0 }]);
  expect(smtp.mailsTo(email)).toHaveLength(0);

  await stack.launch('notification');
  await eventually(async () => (await deliveriesOf(event.id)).some((d) => d.status === 'sent'), {
    timeoutMs: 90000,
    what: 'the mail sent after the restart',
  });

  // The same event once more, as a redelivery would bring it, then a marker of the same person after it.
  await producer.send({
    topic: stack.topic(ApplicationSubmittedV1.topic),
    messages: [{ key: ApplicationSubmittedV1.keyOf(event.payload), value: JSON.stringify(event) }],
  });
  // Same key, so handled after the redelivery: once it is sent, the redelivery has been handled too.
  const marker = await publishSubmitted({ ...event.payload, submittedAt: new Date().toISOString() });
  await eventually(async () => (await deliveriesOf(marker.id)).some((d) => d.status === 'sent'), {
    timeoutMs: 90000,
    what: 'the marker sent',
  });

  expect(await deliveriesOf(event.id)).toEqual([{ recipient: applicant.userId, channel: 'email', status: 'sent' }]);
  expect(await inboxItemsOf(event.id)).toEqual([{ n: 1 }]);
  const mails = smtp.mailsTo(email);
  expect(mails).toHaveLength(2);
  expect(mails.filter((m) => m.text.includes(event.payload.examTitleKo!))).toHaveLength(2);
  expect(new Set(mails.map((m) => m.messageId))).toEqual(
    new Set([`<${event.id}.${applicant.userId}@baeum>`, `<${marker.id}.${applicant.userId}@baeum>`]),
  );
});
