import { PermanentEventError } from '@baeum/messaging';
import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { notificationDatabase } from '../../../database/settings';
import { InboxQueries } from '../../../inbox/inbox.queries';
import { PreferencesQueries } from '../../../preferences/preferences.queries';
import { DeliveryChannel, OutgoingMessage } from '../../channel';
import { DeliveriesQueries } from '../../deliveries.queries';
import { EnqueueDeliveriesUseCase } from '../enqueue-deliveries/enqueue-deliveries.usecase';
import { backoffMs, SendDueDeliveriesUseCase } from './send-due-deliveries.usecase';

const db = useSpecDatabase(notificationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as never));

/** A channel that fails as often as it is told (for good when `permanent`), and keeps what it sent. */
class ScriptedChannel implements DeliveryChannel {
  constructor(readonly name = 'email') {}
  readonly sent: OutgoingMessage[] = [];
  failures = new Map<string, number>();
  permanent = false;

  async send(message: OutgoingMessage) {
    const left = this.failures.get(message.address) ?? 0;
    if (left > 0) {
      this.failures.set(message.address, left - 1);
      if (this.permanent) throw new PermanentEventError(`550 no such mailbox <${message.address}>`);
      throw new Error(`451 try again later <${message.address}>`);
    }
    this.sent.push(message);
    return { providerMessageId: `p-${this.sent.length}` };
  }
}

const policy = { DELIVERY_MAX_ATTEMPTS: 3, DELIVERY_RETRY_BASE_MS: 10, DELIVERY_RETRY_MAX_MS: 40, SMTP_TIMEOUT_MS: 1000 };

async function setUp() {
  const queries = new DeliveriesQueries(db.dataSource);
  const channel = new ScriptedChannel();
  const sender = new SendDueDeliveriesUseCase(
    queries,
    new PreferencesQueries(db.dataSource),
    [channel],
    policy as never,
    pino({ level: 'silent' }),
  );
  const event = { id: randomUUID(), type: 'finance.line.threshold_crossed', tenantId: randomUUID() };
  const address = `kim-${event.id.slice(0, 8)}@example.com`;
  await db.dataSource.transaction((tx) =>
    new EnqueueDeliveriesUseCase(queries, new InboxQueries(db.dataSource), new PreferencesQueries(db.dataSource)).execute(tx, {
      event,
      mails: [{ recipient: randomUUID(), address, phone: null, mail: { template: 't', locale: 'ko', subject: 's', text: 'x', html: 'y' } }],
    }),
  );
  const row = async () => (await queries.byEvent(event.id))[0];
  /** Passes until this event's delivery has no attempt due (sent, or given up). */
  const drain = async () => {
    for (let i = 0; i < 50; i++) {
      await sender.execute({ limit: 100 });
      const r = await row();
      if (r.status === 'sent' || r.next_attempt_at === null) return r;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return row();
  };
  return { channel, sender, row, drain, address };
}

describe('SendDueDeliveriesUseCase', () => {
  it('sends a pending delivery once and records it as sent', async () => {
    const { channel, drain, sender, address } = await setUp();
    expect(await drain()).toMatchObject({
      status: 'sent',
      attempts: 1,
      provider_message_id: expect.stringMatching(/^p-/),
      last_error: null,
    });
    await sender.execute({ limit: 100 });
    expect(channel.sent.filter((m) => m.address === address)).toHaveLength(1);
  });

  it('records a failure as failed with its reason (no address), retries with backoff, then sends', async () => {
    const { channel, row, sender, drain, address } = await setUp();
    channel.failures.set(address, 2);
    await sender.execute({ limit: 100 });
    const failed = await row();
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, last_error: '451 try again later <[address]>' });
    expect(failed.next_attempt_at).not.toBeNull();
    expect(await drain()).toMatchObject({ status: 'sent', attempts: 3, last_error: expect.stringContaining('451') });
    expect(channel.sent.filter((m) => m.address === address)).toHaveLength(1);
  });

  it('gives up after the last attempt, or at once on a refusal for good, and keeps it in the log as failed', async () => {
    const kept = await setUp();
    kept.channel.failures.set(kept.address, 10);
    expect(await kept.drain()).toMatchObject({ status: 'failed', attempts: 3, next_attempt_at: null });
    const refused = await setUp();
    refused.channel.permanent = true;
    refused.channel.failures.set(refused.address, 10);
    expect(await refused.drain()).toMatchObject({
      status: 'failed',
      attempts: 1,
      next_attempt_at: null,
      last_error: expect.stringContaining('550'),
    });
  });

  it('waits twice as long before each retry, up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(policy, n))).toEqual([10, 20, 40, 40, 40]);
  });

  it('puts off a text claimed in its recipient’s quiet hours until they end, without an attempt, and sends one outside them', async () => {
    const queries = new DeliveriesQueries(db.dataSource);
    const preferences = new PreferencesQueries(db.dataSource);
    const texts = new ScriptedChannel('sms');
    const sender = new SendDueDeliveriesUseCase(queries, preferences, [texts], policy as never, pino({ level: 'silent' }));
    const tenantId = randomUUID();
    const [sleeper, awake] = [randomUUID(), randomUUID()];
    // Quiet hours from the last Seoul minute to two minutes on: now is inside them.
    const minute = Math.floor((Date.now() + 9 * 3600 * 1000) / 60000) % 1440;
    const hhmm = (m: number) =>
      `${String(Math.floor(((m + 1440) % 1440) / 60)).padStart(2, '0')}:${String((m + 1440) % 60).padStart(2, '0')}`;
    const event = { id: randomUUID(), type: 'examination.fee.paid', tenantId };
    await db.dataSource.transaction(async (tx) => {
      await preferences.save(tx, tenantId, sleeper, {
        email: true,
        sms: true,
        quietHours: { start: hhmm(minute - 1), end: hhmm(minute + 2) },
      });
      await preferences.save(tx, tenantId, awake, { email: true, sms: true, quietHours: null });
      const text = { ...event, eventId: event.id, eventType: event.type, channel: 'sms', template: 't', locale: 'ko', subject: 's' };
      await queries.enqueue(tx, [
        { ...text, recipient: sleeper, address: '010-1000-0001', content: { text: '알림', html: '' } },
        { ...text, recipient: awake, address: '010-1000-0002', content: { text: '알림', html: '' } },
      ]);
    });
    await sender.execute({ limit: 100 });
    const rows = await queries.byEvent(event.id);
    const held = rows.find((r) => r.recipient === sleeper)!;
    expect(held).toMatchObject({ status: 'pending', attempts: 0 });
    const until = new Date(held.next_attempt_at as string);
    expect(until.getTime()).toBeGreaterThan(Date.now());
    expect(until.getTime()).toBeLessThanOrEqual(Date.now() + 2 * 60000);
    expect(rows.find((r) => r.recipient === awake)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(texts.sent.map((m) => m.address)).toEqual(['010-1000-0002']);
  });
});
