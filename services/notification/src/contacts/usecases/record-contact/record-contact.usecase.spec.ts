import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { notificationDatabase } from '../../../database/settings';
import { ContactsQueries } from '../../contacts.queries';
import { RecordContactUseCase } from './record-contact.usecase';

const db = useSpecDatabase(notificationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as never));

describe('RecordContactUseCase', () => {
  const queries = () => new ContactsQueries(db.dataSource);
  const record = (tenantId: string, occurredAt: string, user: Parameters<RecordContactUseCase['execute']>[1]['user']) =>
    db.dataSource.transaction((tx) => new RecordContactUseCase(queries()).execute(tx, { tenantId, occurredAt, user }));

  it('keeps the latest announcement of a user, its locale when a later one leaves it out, and finds people by role', async () => {
    const tenantId = randomUUID();
    const userId = randomUUID();
    await record(tenantId, '2027-01-01T00:00:00Z', {
      userId,
      email: 'Kim@Example.com',
      name: '김재무',
      locale: 'en',
      roles: ['finance_officer'],
      active: true,
    });
    await record(tenantId, '2027-01-02T00:00:00Z', {
      userId,
      email: 'kim@example.com',
      name: '김재무',
      roles: ['finance_officer', 'planner'],
      active: true,
    });
    expect(await queries().find(userId)).toMatchObject({
      email: 'kim@example.com',
      locale: 'en',
      roles: ['finance_officer', 'planner'],
      active: true,
    });
    const officers = await db.dataSource.transaction((tx) => queries().activeWithRole(tx, tenantId, 'planner'));
    expect(officers.map((c) => c.userId)).toEqual([userId]);
    // Another tenant's finance officers are not this one's.
    expect(await db.dataSource.transaction((tx) => queries().activeWithRole(tx, randomUUID(), 'planner'))).toEqual([]);
  });

  it('lets no older announcement (a backfill relayed late) undo a newer one', async () => {
    const tenantId = randomUUID();
    const userId = randomUUID();
    await record(tenantId, '2027-01-02T00:00:00Z', { userId, email: 'a@example.com', name: '나중', roles: ['trainee'], active: false });
    await record(tenantId, '2027-01-01T00:00:00Z', { userId, email: 'a@example.com', name: '먼저', roles: ['trainee'], active: true });
    expect(await queries().find(userId)).toMatchObject({ name: '나중', active: false });
    expect(await db.dataSource.transaction((tx) => queries().activeWithRole(tx, tenantId, 'trainee'))).toEqual([]);
  });
});
