import { EventContract, EventEnvelope, SignUpRepeatedV1, SignUpVerificationRequestedV1 } from '@baeum/contracts';
import { DLQ_HEADERS, EventPublisher, KafkajsTransport, messagingTablesUp, OutboxRelay } from '@baeum/messaging';
import { DemoTenants } from '@baeum/source-data';
import { eventually, infra, ServiceStack, TestSmtpServer } from '@baeum/testing';
import { Kafka, logLevel } from 'kafkajs';
import { EventSources } from './event-sources';
import { randomUUID } from 'node:crypto';

/**
 * The notification service over a real SMTP server, Kafka and PostgreSQL: identity's events are
 * written to an outbox (the gateway's, as the gateway writes them) and relayed to this run's topics;
 * the service sends one mail per event, records it, sends nothing for a redelivery, retries while
 * the server says "try later", and dead-letters what the server refuses for good.
 */
const PUBLIC = 'https://baeum.test';
const tenantId = DemoTenants.seoul.id;
let smtp: TestSmtpServer;
let stack: ServiceStack;
let sources: EventSources;
const publisher = 'gateway';

beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  stack = await ServiceStack.start({
    services: ['notification'],
    env: { notification: { SMTP_URL: smtp.url, MAIL_FROM: '배움 Baeum <no-reply@baeum.test>', PUBLIC_BASE_URL: PUBLIC } },
  });
  // The gateway's outbox, in this run's gateway database (no gateway runs here), and a relay to this run's topics.
  sources = await EventSources.start(stack, ['gateway'], 'notification-test');
});

afterAll(async () => {
  await sources?.stop();
  await stack?.stop();
  await smtp?.stop();
});

/** Writes an event to the outbox in a transaction, as the gateway does; the relay sends it on. */
const publish = <P>(contract: EventContract<P>, payload: P): Promise<EventEnvelope<P>> =>
  sources.publish(publisher, contract, tenantId, payload);

const address = (who: string) => `${who}-${stack.runId}@example.com`;

const verification = (email: string): SignUpVerificationRequestedV1 => ({
  userId: randomUUID(),
  email,
  name: '김민지',
  tenantSlug: 'seoul-hrd',
  tenantName: '서울특별시 인재개발원',
  verifyPath: `/seoul-hrd/verify-email?token=${randomUUID()}`,
  expiresAt: '2027-03-01T15:30:00.000Z',
  locale: 'ko',
});

const mailsTo = (email: string, count = 1) =>
  eventually(async () => smtp.mailsTo(email).length >= count && smtp.mailsTo(email), { timeoutMs: 60000, what: `mail to ${email}` });

const logOf = (eventId: string) =>
  stack.query(
    'notification',
    `SELECT channel, recipient, template, locale, subject, status, attempts, provider_message_id, last_error, event_type
       FROM notification.messages WHERE event_id = $1`,
    [eventId],
  );

it('sends one mail per event to its address, with the absolute links, and records it', async () => {
  const kim = address('kim');
  const lee = address('lee');
  const asked = await publish(SignUpVerificationRequestedV1, verification(kim));
  const repeated = await publish(SignUpRepeatedV1, {
    userId: randomUUID(),
    email: lee,
    name: 'Lee Jun',
    tenantSlug: 'seoul-hrd',
    tenantName: '서울특별시 인재개발원',
    signInPath: '/seoul-hrd/sign-in',
    resetPath: '/seoul-hrd/password-reset',
    locale: 'en',
  });

  const [toKim] = await mailsTo(kim);
  expect(toKim).toMatchObject({
    to: kim,
    subject: '[서울특별시 인재개발원] 가입 확인 / Confirm your sign-up',
    messageId: `<${asked.id}@baeum>`,
  });
  expect(toKim.from).toContain('no-reply@baeum.test');
  const link = `${PUBLIC}${asked.payload.verifyPath}`;
  expect(toKim.text).toContain(link);
  expect(toKim.html).toContain(`href="${link}"`);
  expect(toKim.text).toContain('2027-03-02 00:30 (KST)');

  const [toLee] = await mailsTo(lee);
  expect(toLee).toMatchObject({ to: lee, subject: '[서울특별시 인재개발원] 이미 가입된 이메일 / Already registered' });
  expect(toLee.text).toContain(`${PUBLIC}/seoul-hrd/sign-in`);
  expect(toLee.text).toContain(`${PUBLIC}/seoul-hrd/password-reset`);

  expect(await logOf(asked.id)).toEqual([
    expect.objectContaining({
      channel: 'email',
      recipient: kim,
      template: 'sign-up-verification',
      locale: 'ko',
      status: 'sent',
      attempts: 1,
      provider_message_id: `<${asked.id}@baeum>`,
      event_type: 'identity.sign_up.verification_requested',
    }),
  ]);
  expect(await logOf(repeated.id)).toEqual([
    expect.objectContaining({ recipient: lee, template: 'sign-up-repeated', locale: 'en', status: 'sent' }),
  ]);
  expect(smtp.mailsTo(kim)).toHaveLength(1);
  expect(smtp.mailsTo(lee)).toHaveLength(1);
});

it('sends nothing more when an event is delivered again', async () => {
  const park = address('park');
  const first = await publish(SignUpVerificationRequestedV1, verification(park));
  await mailsTo(park);

  // The same event once more on the topic (a relay that crashed before marking it published would do this).
  await sources.redeliver(SignUpVerificationRequestedV1, first, first.payload.userId);
  // An event published after it is mailed only once the redelivery has been handled (same key, same partition).
  await publish(SignUpVerificationRequestedV1, { ...verification(address('marker')), userId: first.payload.userId });
  await mailsTo(address('marker'));

  expect(smtp.mailsTo(park)).toHaveLength(1);
  expect(smtp.triesFor(park)).toBe(1);
  expect(await stack.query('notification', 'SELECT count(*)::int AS n FROM notification.inbox WHERE event_id = $1', [first.id])).toEqual([
    { n: 1 },
  ]);
  expect(await logOf(first.id)).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);
});

it('retries while the mail server says "try later" (451) and sends once it accepts', async () => {
  const choi = address('choi');
  smtp.refuse(choi, 2, 451);
  const asked = await publish(SignUpVerificationRequestedV1, verification(choi));

  const [mail] = await mailsTo(choi);
  expect(mail.text).toContain(`${PUBLIC}${asked.payload.verifyPath}`);
  expect(smtp.triesFor(choi)).toBe(3);
  // The last failure's record may be written just after the success: wait for the log to settle.
  const [row] = await eventually(async () => ((await logOf(asked.id))[0]?.attempts === 3 ? logOf(asked.id) : undefined), {
    what: 'three attempts in the delivery log',
  });
  expect(row).toMatchObject({ status: 'sent', attempts: 3, last_error: expect.stringContaining('451') });
  expect(row.last_error).not.toContain(choi);
  expect(smtp.mailsTo(choi)).toHaveLength(1);
});

it('dead-letters a mail the server keeps refusing, or refuses for good, and records it as failed', async () => {
  const later = address('later');
  const never = address('never');
  smtp.refuse(later, 1000, 451);
  smtp.refuse(never, 1000, 550);
  const retried = await publish(SignUpVerificationRequestedV1, verification(later));
  const refused = await publish(SignUpVerificationRequestedV1, verification(never));

  const consumer = new Kafka({
    clientId: 'notification-test-dlq',
    brokers: infra().kafkaBrokers.split(','),
    logLevel: logLevel.ERROR,
  }).consumer({
    groupId: `dlq-reader-${stack.runId}`,
  });
  const letters = new Map<string, string>();
  await consumer.connect();
  await consumer.subscribe({ topics: [stack.topic('dlq.notification')], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const id = JSON.parse(message.value!.toString()).id as string;
      letters.set(id, message.headers?.[DLQ_HEADERS.error]?.toString() ?? '');
    },
  });
  try {
    await eventually(async () => letters.has(retried.id) && letters.has(refused.id), { timeoutMs: 90000, what: 'both dead letters' });
  } finally {
    await consumer.disconnect();
  }
  // "Try later" is retried with backoff (the consumer's five attempts, after a first try of the
  // batch it came in); a refusal for good is not retried. The log counts every attempt.
  const tries = { later: smtp.triesFor(later), never: smtp.triesFor(never) };
  expect(tries.later).toBeGreaterThanOrEqual(5);
  expect(tries.never).toBeLessThanOrEqual(2);
  await eventually(async () => (await logOf(retried.id))[0]?.attempts === tries.later, { what: 'every failed attempt in the log' });
  expect(await logOf(retried.id)).toEqual([
    expect.objectContaining({ status: 'failed', attempts: tries.later, last_error: expect.stringContaining('451') }),
  ]);
  await eventually(async () => (await logOf(refused.id))[0]?.attempts === tries.never, { what: 'the refusal in the log' });
  expect(await logOf(refused.id)).toEqual([
    expect.objectContaining({ status: 'failed', attempts: tries.never, last_error: expect.stringContaining('550') }),
  ]);
  expect(letters.get(retried.id)).toContain('451');
  expect(letters.get(refused.id)).toContain('550');
  expect(smtp.mailsTo(later)).toHaveLength(0);
  expect(smtp.mailsTo(never)).toHaveLength(0);
});
