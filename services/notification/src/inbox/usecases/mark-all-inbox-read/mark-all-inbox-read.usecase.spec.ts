import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { notificationDatabase } from '../../../database/settings';
import { InboxOwner, InboxQueries } from '../../inbox.queries';
import { MarkAllInboxReadUseCase } from './mark-all-inbox-read.usecase';

const db = useSpecDatabase(notificationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as never));

const give = (inbox: InboxQueries, owner: InboxOwner, n: number) =>
  db.dataSource.transaction((tx) =>
    inbox.add(
      tx,
      Array.from({ length: n }, (_, i) => ({
        ...owner,
        recipient: owner.userId,
        eventId: randomUUID(),
        eventType: 'x.y.z',
        title: `t${i}`,
        body: 'b',
        link: null,
      })),
    ),
  );

describe('MarkAllInboxReadUseCase', () => {
  it("marks every unread item of the owner read, and nobody else's", async () => {
    const inbox = new InboxQueries(db.dataSource);
    const useCase = new MarkAllInboxReadUseCase(db.dataSource, inbox);
    const kim = { tenantId: randomUUID(), userId: randomUUID() };
    const lee = { tenantId: kim.tenantId, userId: randomUUID() };
    const kimElsewhere = { tenantId: randomUUID(), userId: kim.userId };
    await give(inbox, kim, 3);
    await give(inbox, lee, 2);
    await give(inbox, kimElsewhere, 1);

    expect(await useCase.execute({ owner: kim })).toBe(3);
    expect(await inbox.unreadCount(kim)).toBe(0);
    expect(await inbox.unreadCount(lee)).toBe(2);
    expect(await inbox.unreadCount(kimElsewhere)).toBe(1);
    expect(await useCase.execute({ owner: kim })).toBe(0);
  });
});
