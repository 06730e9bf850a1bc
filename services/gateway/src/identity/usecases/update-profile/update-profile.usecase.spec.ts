import { EventPublisher } from '@baeum/messaging';
import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { GatewayEnv } from '../../../config/env';
import { gatewayDatabase } from '../../../database/settings';
import { AuthQueries } from '../../auth.queries';
import { UpdateProfileUseCase } from './update-profile.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test in an institute of its own. */
const db = useSpecDatabase(gatewayDatabase(new GatewayEnv()));
const useCase = () =>
  new UpdateProfileUseCase(
    db.dataSource,
    new AuthQueries(db.dataSource),
    new EventPublisher({ service: 'gateway', schema: 'gateway', serialiseWriters: false }),
  );

async function member(): Promise<{ tenantId: string; userId: string }> {
  const tenantId = randomUUID();
  const userId = randomUUID();
  await db.dataSource.query(`INSERT INTO gateway.tenant (id, slug, name_ko, name_en) VALUES ($1, $2, '시험 인재개발원', 'Spec HRD')`, [
    tenantId,
    `spec-${tenantId.slice(0, 8)}`,
  ]);
  await db.dataSource.query(
    `INSERT INTO gateway.app_user (id, tenant_id, email, name, role, roles, password_hash) VALUES ($1, $2, $3, '김교육', 'trainee', '{trainee}', 'x')`,
    [userId, tenantId, `kim-${userId.slice(0, 8)}@example.com`],
  );
  return { tenantId, userId };
}

const announced = async (userId: string) =>
  (
    (await db.dataSource.query(
      `SELECT envelope->'payload' AS p FROM gateway.outbox WHERE type = 'identity.user.changed' AND key = $1 ORDER BY seq`,
      [userId],
    )) as { p: Record<string, unknown> }[]
  ).map((r) => r.p);

describe('UpdateProfileUseCase', () => {
  it('keeps the person’s own mobile number and announces it to the notification service, and its removal, each once', async () => {
    const { tenantId, userId } = await member();
    expect(await useCase().execute({ tenantId, userId, phone: '010-1234-5678' })).toEqual({ phone: '010-1234-5678' });
    // The same number again (a form saved twice) writes and announces nothing.
    expect(await useCase().execute({ tenantId, userId, phone: '010-1234-5678' })).toEqual({ phone: '010-1234-5678' });
    expect(await useCase().execute({ tenantId, userId, phone: null })).toEqual({ phone: null });
    expect(await useCase().execute({ tenantId, userId, phone: null })).toEqual({ phone: null });
    const payloads = await announced(userId);
    expect(payloads).toHaveLength(2);
    expect(payloads[0]).toMatchObject({ userId, phone: '010-1234-5678', roles: ['trainee'] });
    expect(payloads[1]).not.toHaveProperty('phone');
  });

  it('changes nobody of another institute, and the database refuses a number not in 010-XXXX-XXXX form', async () => {
    const { tenantId, userId } = await member();
    await expect(useCase().execute({ tenantId: randomUUID(), userId, phone: '010-1234-5678' })).rejects.toMatchObject({
      response: { code: 'AUTH.USER_UNKNOWN' },
    });
    await expect(useCase().execute({ tenantId, userId, phone: '02-123-4567' })).rejects.toThrow(/CHK_app_user_phone/);
    expect(await announced(userId)).toEqual([]);
  });
});
