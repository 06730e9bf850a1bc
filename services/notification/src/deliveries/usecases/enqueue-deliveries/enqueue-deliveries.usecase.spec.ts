import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { notificationDatabase } from '../../../database/settings';
import { InboxQueries } from '../../../inbox/inbox.queries';
import { PreferencesQueries } from '../../../preferences/preferences.queries';
import { DeliveriesQueries } from '../../deliveries.queries';
import { EnqueueDeliveriesUseCase } from './enqueue-deliveries.usecase';

const db = useSpecDatabase(notificationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as never));

const mail = {
  template: 't',
  locale: 'ko' as const,
  subject: '제목 / Subject',
  text: '김님, 안녕하세요.\n\n예산을 넘었습니다.\n\n보기:\nhttps://baeum.example/x\n\n----------------------------------------\n\nHello Kim,\n\nThe budget is over.\n\nOpen:\nhttps://baeum.example/x\n\n-- \n배움 Baeum\n',
  html: '<p>html</p>',
};

const setUp = () => {
  const queries = new DeliveriesQueries(db.dataSource);
  const inbox = new InboxQueries(db.dataSource);
  const preferences = new PreferencesQueries(db.dataSource);
  const useCase = new EnqueueDeliveriesUseCase(queries, inbox, preferences);
  return { queries, inbox, preferences, useCase };
};

describe('EnqueueDeliveriesUseCase', () => {
  it('records one pending delivery and one inbox item per event and person, and none more when the event comes again', async () => {
    const { queries, inbox, useCase } = setUp();
    const event = { id: randomUUID(), type: 'finance.line.threshold_crossed', tenantId: randomUUID() };
    const [kim, lee] = [randomUUID(), randomUUID()];
    const command = {
      event,
      mails: [
        { recipient: kim, address: 'kim@example.com', phone: null, mail },
        { recipient: lee, address: 'lee@example.com', phone: null, mail },
        { recipient: kim, address: 'kim@example.com', phone: null, mail },
      ],
    };
    expect(await db.dataSource.transaction((tx) => useCase.execute(tx, command))).toBe(2);
    expect(await db.dataSource.transaction((tx) => useCase.execute(tx, command))).toBe(0);
    const rows = await queries.byEvent(event.id);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.status)).toEqual(['pending', 'pending']);
    expect(rows.map((r) => r.attempts)).toEqual([0, 0]);
    const kims = await inbox.page({ tenantId: event.tenantId, userId: kim }, {}, { limit: 10, offset: 0 });
    expect(kims.total).toBe(1);
    expect(kims.unread).toBe(1);
    expect(kims.rows[0]).toMatchObject({
      eventType: event.type,
      title: '제목 / Subject',
      body: '예산을 넘었습니다.\nThe budget is over.',
      link: 'https://baeum.example/x',
      readAt: null,
    });
    expect((await inbox.page({ tenantId: event.tenantId, userId: lee }, {}, { limit: 10, offset: 0 })).total).toBe(1);
    // The same person in another institute has an inbox of their own.
    expect((await inbox.page({ tenantId: randomUUID(), userId: kim }, {}, { limit: 10, offset: 0 })).total).toBe(0);
  });

  it('chooses each person’s channels from their preferences, and holds a text in their quiet hours until they end', async () => {
    const { queries, inbox, preferences, useCase } = setUp();
    const tenantId = randomUUID();
    const [texter, silent, mailless, phoneless] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const phones = new Map([
      [texter, '010-1111-2222'],
      [silent, '010-3333-4444'],
      [mailless, '010-5555-6666'],
    ]);
    await db.dataSource.transaction(async (tx) => {
      await preferences.save(tx, tenantId, texter, { email: true, sms: true, quietHours: { start: '21:00', end: '08:00' } });
      // `silent` chose nothing: e-mail only, though a number is known.
      await preferences.save(tx, tenantId, mailless, { email: false, sms: true, quietHours: null });
      await preferences.save(tx, tenantId, phoneless, { email: true, sms: true, quietHours: null });
    });
    // 22:30 in Seoul.
    useCase.now = () => new Date('2027-03-02T13:30:00Z');
    const event = { id: randomUUID(), type: 'enrollment.seat.confirmed', tenantId };
    const mails = [texter, silent, mailless, phoneless].map((recipient) => ({
      recipient,
      address: `${recipient}@example.com`,
      phone: phones.get(recipient) ?? null,
      mail,
    }));
    expect(await db.dataSource.transaction((tx) => useCase.execute(tx, { event, mails }))).toBe(5);
    expect(await db.dataSource.transaction((tx) => useCase.execute(tx, { event, mails }))).toBe(0);
    const rows = await queries.byEvent(event.id);
    const channels = (who: string) => rows.filter((r) => r.recipient === who).map((r) => r.channel);
    expect(channels(texter)).toEqual(['email', 'sms']);
    expect(channels(silent)).toEqual(['email']);
    expect(channels(mailless)).toEqual(['sms']);
    expect(channels(phoneless)).toEqual(['email']);
    const text = rows.find((r) => r.recipient === texter && r.channel === 'sms')!;
    expect(text).toMatchObject({ address: '010-1111-2222', status: 'pending', content: { text: '제목 - 배움', html: '' } });
    // Held until 08:00 the next Seoul morning; the one without quiet hours is due at once.
    expect(new Date(text.next_attempt_at as string)).toEqual(new Date('2027-03-02T23:00:00Z'));
    const unheld = rows.find((r) => r.recipient === mailless)!;
    expect(new Date(unheld.next_attempt_at as string).getTime()).toBeLessThan(new Date('2027-03-02T23:00:00Z').getTime());
    // The inbox is always on, whatever the channels.
    for (const who of [texter, silent, mailless, phoneless])
      expect((await inbox.page({ tenantId, userId: who }, {}, { limit: 10, offset: 0 })).total).toBe(1);
  });
});
