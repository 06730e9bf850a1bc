import { EventContract, EventEnvelope, FeePaidV1, UserChangedV1 } from '@baeum/contracts';
import { clientAs, eventually, infra, ServiceStack, TestSmtpServer } from '@baeum/testing';
import { EventSources } from './event-sources';
import { randomUUID } from 'node:crypto';

/**
 * Text messages over a real SMTP server, Kafka and PostgreSQL, through the simulated provider: the
 * gateway announces people with their mobile numbers, each sets their preferences, and examination
 * says a fee was paid. Who opted in gets one text (and the mail); a text in quiet hours is held until
 * they end, held again if claimed before, and sent once they are over (the test moves its due time
 * rather than waiting minutes for the clock); a redelivered event sends no second text; a provider
 * briefly away is retried and the delivery log shows it, one refusing for good is given up.
 */
const tenantId = randomUUID();
/** The numbers the simulated provider fails for: twice as if away, and always as if refused. */
const FLAKY = '010-9000-0001';
const REFUSED = '010-9000-0002';
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
        PUBLIC_BASE_URL: 'https://baeum.test',
        DELIVERY_POLL_MS: '200',
        DELIVERY_RETRY_BASE_MS: '500',
        DELIVERY_RETRY_MAX_MS: '1000',
        SMS_PROVIDER: 'simulated',
        SMS_SIMULATED_FAILURES: `${FLAKY}=2,${REFUSED}=permanent`,
      },
    },
  });
  sources = await EventSources.start(stack, ['gateway', 'examination'], 'notification-texts-test');
});

afterAll(async () => {
  await sources?.stop();
  await stack?.stop();
  await smtp?.stop();
});

const publish = <P>(publisher: string, contract: EventContract<P>, payload: P): Promise<EventEnvelope<P>> =>
  sources.publish(publisher, contract, tenantId, payload);

/** A number of this run's own (the service's database is this run's, but keep them apart per test). */
let next = 0;
const numberOf = () => `010-${String(1000 + (Date.now() % 8000)).padStart(4, '0')}-${String(1000 + next++).padStart(4, '0')}`;

/** An applicant the gateway announced with a mobile number, who set their preferences. */
async function applicant(who: string, phone: string, preferences: Preferences) {
  const user: UserChangedV1 = {
    userId: randomUUID(),
    email: `${who}-${stack.runId}@example.com`,
    name: `${who} 님`,
    roles: ['applicant'],
    phone,
    active: true,
  };
  await publish(gateway, UserChangedV1, user);
  await eventually(
    async () =>
      (await stack.query('notification', `SELECT phone FROM notification.contact WHERE user_id = $1`, [user.userId]))[0]?.phone === phone,
    { timeoutMs: 60000, what: 'the contact with their number' },
  );
  await setPreferences(user, preferences);
  return user;
}

type Preferences = { sms: boolean; quietStart: string | null; quietEnd: string | null };

/** The applicant sets their own preferences (mail always on), and sees them back with their number. */
async function setPreferences(user: UserChangedV1, preferences: Preferences) {
  const client = clientAs(stack.url('notification'), { role: 'applicant', tenantId, userId: user.userId });
  const answer = await client.request('PUT', '/notification-preferences', { email: true, ...preferences });
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ email: true, sms: preferences.sms, phone: user.phone, timeZone: 'Asia/Seoul' });
}

const paid = (userId: string): FeePaidV1 => ({
  applicationId: randomUUID(),
  examId: randomUUID(),
  amount: '5000',
  paidOn: '2027-03-02',
  paymentRef: `PAY-${randomUUID().slice(0, 8)}`,
  applicantUserId: userId,
});

const textsTo = (phone: string) =>
  stack.query('notification', `SELECT id, reference, kind, bytes, text, created_at FROM notification.text_message WHERE to_number = $1`, [
    phone,
  ]);

const textDeliveryOf = async (eventId: string) =>
  (
    await stack.query(
      'notification',
      `SELECT id, address, status, attempts, last_error, next_attempt_at, provider_message_id, sent_at
         FROM notification.delivery WHERE event_id = $1 AND channel = 'sms'`,
      [eventId],
    )
  )[0];

const SUBJECT = '[결제 완료] 응시수수료 5,000원';

it('sends one text, through the simulated provider, to whoever opted in, and none for an event delivered again', async () => {
  const phone = numberOf();
  const texter = await applicant('texter', phone, { sms: true, quietStart: null, quietEnd: null });
  const other = await applicant('mailonly', numberOf(), { sms: false, quietStart: null, quietEnd: null });
  const event = await publish(examination, FeePaidV1, paid(texter.userId));
  const otherEvent = await publish(examination, FeePaidV1, paid(other.userId));

  const [text] = await eventually(async () => (await textsTo(phone)).length > 0 && textsTo(phone), { timeoutMs: 60000, what: 'the text' });
  expect(text).toMatchObject({ kind: 'sms', text: `${SUBJECT} - 배움` });
  expect(text.bytes).toBeLessThanOrEqual(90);
  const delivery = await eventually(async () => (await textDeliveryOf(event.id))?.status === 'sent' && textDeliveryOf(event.id), {
    what: 'the text sent in the log',
  });
  expect(delivery).toMatchObject({ address: phone, attempts: 1, provider_message_id: `sim:${text.id}` });
  expect(text.reference).toBe(delivery.id);
  // The mail too, and only the mail for who did not opt in.
  await eventually(async () => smtp.mailsTo(texter.email).length === 1 && smtp.mailsTo(other.email).length === 1, {
    timeoutMs: 60000,
    what: 'both mails',
  });
  expect(await textDeliveryOf(otherEvent.id)).toBeUndefined();

  // The same event once more on the topic, then a marker after it on the same key (same partition).
  await sources.redeliver(FeePaidV1, event, FeePaidV1.keyOf(event.payload));
  const marker = await publish(examination, FeePaidV1, { ...paid(texter.userId), applicationId: event.payload.applicationId });
  await eventually(async () => (await textsTo(phone)).length === 2, { timeoutMs: 60000, what: "the marker's text" });
  const texts = await textsTo(phone);
  expect(texts).toHaveLength(2);
  expect(texts.map((t) => t.reference).sort()).toEqual([delivery.id, (await textDeliveryOf(marker.id)).id].sort());
  expect(
    await stack.query('notification', `SELECT count(*)::int AS n FROM notification.delivery WHERE event_id = $1 AND channel = 'sms'`, [
      event.id,
    ]),
  ).toEqual([{ n: 1 }]);
});

it('holds a text that falls in quiet hours until they end, holds it again if claimed before, and sends it once they are over', async () => {
  // Quiet hours from the last Seoul minute to ten minutes on: this event falls inside them, however
  // slow the machine, and nothing below waits for them to end.
  const minuteStart = Math.floor(Date.now() / 60000) * 60000;
  // Seoul is UTC+9 all year: its minute of the day, worked out here rather than by the code under test.
  const seoulMinuteAt = (t: number) => Math.floor((t + 9 * 3600 * 1000) / 60000) % 1440;
  const seoulMinute = seoulMinuteAt(minuteStart);
  const hhmm = (m: number) => {
    const day = (m + 1440) % 1440;
    return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
  };
  const phone = numberOf();
  const quiet = { sms: true, quietStart: hhmm(seoulMinute - 1), quietEnd: hhmm(seoulMinute + 10) };
  const sleeper = await applicant('sleeper', phone, quiet);
  const event = await publish(examination, FeePaidV1, paid(sleeper.userId));

  // Held, without an attempt, until the instant the quiet hours end (Seoul's minutes begin with UTC's).
  const quietEnd = new Date(minuteStart + 10 * 60000);
  const held = await eventually(async () => textDeliveryOf(event.id), { timeoutMs: 60000, what: 'the held text in the log' });
  expect(held).toMatchObject({ status: 'pending', attempts: 0 });
  expect(new Date(held.next_attempt_at as string)).toEqual(quietEnd);
  // The mail is not held; while the text waits, the provider has none.
  await eventually(async () => smtp.mailsTo(sleeper.email).length === 1, { timeoutMs: 60000, what: 'the mail' });

  // Claimed before they end (as a retry falling in them would be): put off again, still without an attempt.
  const dueNow = () => stack.query('notification', `UPDATE notification.delivery SET next_attempt_at = now() WHERE id = $1`, [held.id]);
  await dueNow();
  const putOff = await eventually(
    async () => {
      const d = await textDeliveryOf(event.id);
      return new Date(d.next_attempt_at as string).getTime() === quietEnd.getTime() && d;
    },
    { timeoutMs: 60000, what: 'the text put off again to the end of the quiet hours' },
  );
  expect(putOff).toMatchObject({ status: 'pending', attempts: 0 });
  expect(await textsTo(phone)).toEqual([]);

  // The quiet hours are over (the recipient ended them at this minute, which they no longer hold),
  // and the text is due: it goes, on its first attempt.
  await setPreferences(sleeper, { ...quiet, quietEnd: hhmm(seoulMinuteAt(Date.now())) });
  const endedAt = Date.now();
  await dueNow();
  const [text] = await eventually(async () => (await textsTo(phone)).length > 0 && textsTo(phone), {
    timeoutMs: 60000,
    what: 'the text once the quiet hours are over',
  });
  expect(new Date(text.created_at as string).getTime()).toBeGreaterThanOrEqual(endedAt - 1000);
  expect(await textDeliveryOf(event.id)).toMatchObject({ status: 'sent', attempts: 1 });
});

it('retries a provider that is briefly away, with the log showing the failures, and gives up on a refused number', async () => {
  const flaky = await applicant('flaky', FLAKY, { sms: true, quietStart: null, quietEnd: null });
  const refused = await applicant('refused', REFUSED, { sms: true, quietStart: null, quietEnd: null });
  const retried = await publish(examination, FeePaidV1, paid(flaky.userId));
  const given = await publish(examination, FeePaidV1, paid(refused.userId));

  await eventually(async () => (await textsTo(FLAKY)).length === 1, { timeoutMs: 60000, what: 'the retried text' });
  const row = await eventually(
    async () => ((await textDeliveryOf(retried.id))?.status === 'sent' ? textDeliveryOf(retried.id) : undefined),
    {
      what: 'the retried text sent in the log',
    },
  );
  expect(row).toMatchObject({ status: 'sent', attempts: 3, last_error: expect.stringContaining('temporarily unavailable') });
  expect(await textsTo(FLAKY)).toHaveLength(1);

  const refusal = await eventually(
    async () => ((await textDeliveryOf(given.id))?.status === 'failed' ? textDeliveryOf(given.id) : undefined),
    { timeoutMs: 60000, what: 'the refused text failed in the log' },
  );
  expect(refusal).toMatchObject({ attempts: 1, next_attempt_at: null, last_error: expect.stringContaining('refused') });
  expect(await textsTo(REFUSED)).toEqual([]);
  // The mails went out regardless.
  await eventually(async () => smtp.mailsTo(flaky.email).length === 1 && smtp.mailsTo(refused.email).length === 1, {
    timeoutMs: 60000,
    what: 'their mails',
  });
});

it("shows the institute's administrator the recorded texts with their words (the mail catcher), and nobody else's", async () => {
  const phone = numberOf();
  const caughtOne = await applicant('caught', phone, { sms: true, quietStart: null, quietEnd: null });
  const event = await publish(examination, FeePaidV1, paid(caughtOne.userId));
  await eventually(async () => (await textDeliveryOf(event.id))?.status === 'sent', { timeoutMs: 60000, what: 'the text sent' });

  const admin = clientAs(stack.url('notification'), { role: 'admin', tenantId });
  const texts = await admin.get('/mail-catcher?channel=sms&pageSize=50');
  expect(texts.status).toBe(200);
  // SMTP_URL is set in this run: mails really go out and are not the catcher's; texts are simulated.
  expect(texts.body).toMatchObject({ mailCaught: false, textsCaught: true, page: 1, pageSize: 50 });
  const mine = (texts.body.items as { address: string }[]).filter((m) => m.address === phone);
  expect(mine).toEqual([
    expect.objectContaining({
      channel: 'sms',
      kind: 'sms',
      subject: expect.stringContaining('[결제 완료]'),
      body: `${SUBJECT} - 배움`,
      eventType: 'examination.fee.paid',
    }),
  ]);
  // Held, refused and other channels' messages are not there: only what was recorded.
  expect((texts.body.items as { address: string }[]).some((m) => m.address === REFUSED)).toBe(false);
  expect((await admin.get('/mail-catcher?channel=email')).body).toMatchObject({ total: 0, items: [] });
  expect((await clientAs(stack.url('notification'), { role: 'admin', tenantId: randomUUID() }).get('/mail-catcher')).body).toMatchObject({
    total: 0,
  });
  expect((await clientAs(stack.url('notification'), { role: 'applicant', tenantId }).get('/mail-catcher')).status).toBe(403);
  expect((await admin.get('/mail-catcher?channel=fax')).status).toBe(400);
});
