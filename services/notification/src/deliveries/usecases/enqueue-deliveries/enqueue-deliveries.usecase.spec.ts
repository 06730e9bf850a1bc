import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { notificationDatabase } from '../../../database/settings';
import { InboxQueries } from '../../../inbox/inbox.queries';
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

describe('EnqueueDeliveriesUseCase', () => {
  it('records one pending delivery and one inbox item per event and person, and none more when the event comes again', async () => {
    const queries = new DeliveriesQueries(db.dataSource);
    const inbox = new InboxQueries(db.dataSource);
    const useCase = new EnqueueDeliveriesUseCase(queries, inbox);
    const event = { id: randomUUID(), type: 'finance.line.threshold_crossed', tenantId: randomUUID() };
    const [kim, lee] = [randomUUID(), randomUUID()];
    const command = {
      event,
      mails: [
        { recipient: kim, address: 'kim@example.com', mail },
        { recipient: lee, address: 'lee@example.com', mail },
        { recipient: kim, address: 'kim@example.com', mail },
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
});
