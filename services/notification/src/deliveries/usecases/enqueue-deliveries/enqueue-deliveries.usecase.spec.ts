import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { notificationDatabase } from '../../../database/settings';
import { DeliveriesQueries } from '../../deliveries.queries';
import { EnqueueDeliveriesUseCase } from './enqueue-deliveries.usecase';

const db = useSpecDatabase(notificationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as never));

const mail = { template: 't', locale: 'ko' as const, subject: '제목 / Subject', text: 'text', html: '<p>html</p>' };

describe('EnqueueDeliveriesUseCase', () => {
  it('records one pending delivery per event and person, and none more when the event comes again', async () => {
    const queries = new DeliveriesQueries(db.dataSource);
    const useCase = new EnqueueDeliveriesUseCase(queries);
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
  });
});
