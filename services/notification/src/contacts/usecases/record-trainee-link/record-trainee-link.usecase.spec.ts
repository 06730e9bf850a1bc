import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { notificationDatabase } from '../../../database/settings';
import { TraineeLinksQueries } from '../../trainee-links.queries';
import { RecordTraineeLinkUseCase } from './record-trainee-link.usecase';

const db = useSpecDatabase(notificationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as never));

describe('RecordTraineeLinkUseCase', () => {
  const queries = () => new TraineeLinksQueries();
  const record = (tenantId: string, traineeId: string, userId: string | null, linkedAt: string) =>
    db.dataSource.transaction((tx) =>
      new RecordTraineeLinkUseCase(queries()).execute(tx, { tenantId, link: { traineeId, userId, agencyCode: 'MAPO-GU', linkedAt } }),
    );
  const userOf = (tenantId: string, traineeId: string) => db.dataSource.transaction((tx) => queries().userOf(tx, tenantId, traineeId));

  it('keeps the newest link of a trainee, an unlinked one as none, and tells both from one not known yet', async () => {
    const tenantId = randomUUID();
    const traineeId = randomUUID();
    const userId = randomUUID();
    expect(await userOf(tenantId, traineeId)).toBeUndefined(); // not known yet
    await record(tenantId, traineeId, null, '2027-01-01T00:00:00Z');
    expect(await userOf(tenantId, traineeId)).toBeNull(); // known, linked to no account
    await record(tenantId, traineeId, userId, '2027-01-02T00:00:00Z');
    expect(await userOf(tenantId, traineeId)).toBe(userId);
    // Another tenant's trainee of the same id is not this one.
    expect(await userOf(randomUUID(), traineeId)).toBeUndefined();
  });

  it('lets no older announcement (a backfill relayed late) undo a newer one', async () => {
    const tenantId = randomUUID();
    const traineeId = randomUUID();
    const userId = randomUUID();
    await record(tenantId, traineeId, userId, '2027-01-02T00:00:00Z');
    await record(tenantId, traineeId, null, '2027-01-01T00:00:00Z');
    expect(await userOf(tenantId, traineeId)).toBe(userId);
  });
});
