import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { notificationDatabase } from '../../../database/settings';
import { InboxOwner, InboxQueries } from '../../inbox.queries';
import { MarkInboxReadUseCase } from './mark-inbox-read.usecase';

const db = useSpecDatabase(notificationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as never));

async function give(inbox: InboxQueries, owner: InboxOwner, title: string): Promise<string> {
  await db.dataSource.transaction((tx) =>
    inbox.add(tx, [{ ...owner, recipient: owner.userId, eventId: randomUUID(), eventType: 'x.y.z', title, body: 'b', link: null }]),
  );
  const { rows } = await inbox.page(owner, {}, { limit: 100, offset: 0 });
  return rows.find((r) => r.title === title)!.id;
}

describe('MarkInboxReadUseCase', () => {
  it("marks the owner's item read once and answers the unread count", async () => {
    const inbox = new InboxQueries(db.dataSource);
    const useCase = new MarkInboxReadUseCase(db.dataSource, inbox);
    const kim = { tenantId: randomUUID(), userId: randomUUID() };
    const first = await give(inbox, kim, 'first');
    await give(inbox, kim, 'second');

    expect(await useCase.execute({ owner: kim, id: first })).toBe(1);
    const { rows } = await inbox.page(kim, {}, { limit: 10, offset: 0 });
    const readAt = rows.find((r) => r.id === first)!.readAt;
    expect(readAt).not.toBeNull();
    // Read again: still read, the first reading kept.
    expect(await useCase.execute({ owner: kim, id: first })).toBe(1);
    const again = (await inbox.page(kim, {}, { limit: 10, offset: 0 })).rows.find((r) => r.id === first)!;
    expect(again.readAt).toEqual(readAt);
    const unread = await inbox.page(kim, { unread: true }, { limit: 10, offset: 0 });
    expect(unread.rows.map((r) => r.title)).toEqual(['second']);
    expect(unread.total).toBe(1);
  });

  it("refuses another person's item, and the same person's id in another institute, as not found", async () => {
    const inbox = new InboxQueries(db.dataSource);
    const useCase = new MarkInboxReadUseCase(db.dataSource, inbox);
    const kim = { tenantId: randomUUID(), userId: randomUUID() };
    const item = await give(inbox, kim, 'kim');
    const lee = { tenantId: kim.tenantId, userId: randomUUID() };
    const kimElsewhere = { tenantId: randomUUID(), userId: kim.userId };

    for (const owner of [lee, kimElsewhere]) {
      await expect(useCase.execute({ owner, id: item })).rejects.toMatchObject({ response: { code: 'INBOX.ITEM_NOT_FOUND' } });
    }
    expect(await inbox.unreadCount(kim)).toBe(1);
  });
});
