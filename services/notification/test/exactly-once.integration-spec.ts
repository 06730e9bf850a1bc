import { ApplicationSubmittedV1, EventEnvelope, UserChangedV1 } from '@baeum/contracts';
import { createLogger, runInContext } from '@baeum/service-kit';
import { eventually, infra, repoRoot, ServiceStack, TestSmtpServer } from '@baeum/testing';
import { EventSources } from './event-sources';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

/**
 * Exactly one message per event and person, over a real SMTP server, Kafka and PostgreSQL, when the
 * notification consumer is killed (SIGKILL) after writing an event's deliveries and inbox item and
 * before committing them, and when the same event then arrives once more.
 */
const PUBLIC = 'https://baeum.test';
const tenantId = randomUUID();
const crashCorrelationId: string = `crash-${randomUUID()}`;
let smtp: TestSmtpServer;
let stack: ServiceStack;
let sources: EventSources;
const gateway = 'gateway';
const examination = 'examination';

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
  sources = await EventSources.start(stack, ['gateway', 'examination'], 'notification-exactly-once-test');
});

afterAll(async () => {
  await sources?.stop();
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
): Promise<EventEnvelope<ApplicationSubmittedV1>> => sources.publish(examination, ApplicationSubmittedV1, tenantId, payload, correlationId);

const deliveriesOf = (eventId: string) =>
  stack.query('notification', `SELECT recipient, channel, status FROM notification.delivery WHERE event_id = $1 ORDER BY channel`, [
    eventId,
  ]);
const inboxItemsOf = (eventId: string) =>
  stack.query('notification', `SELECT count(*)::int AS n FROM notification.inbox_item WHERE event_id = $1`, [eventId]);

it('sends one mail and keeps one inbox item when the consumer dies before committing, and when the event comes again', async () => {
  const email = `applicant-${stack.runId}@example.com`;
  const applicant: UserChangedV1 = { userId: randomUUID(), email, name: '한지원', roles: ['applicant'], active: true };
  await sources.publish(gateway, UserChangedV1, tenantId, applicant);
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
  await sources.redeliver(ApplicationSubmittedV1, event, ApplicationSubmittedV1.keyOf(event.payload));
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
