import { EventPublisher } from '@baeum/messaging';
import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { GatewayEnv } from '../../../config/env';
import { gatewayDatabase } from '../../../database/settings';
import { SignUpQueries } from '../../sign-up.queries';
import { SignUpApplicantUseCase } from '../sign-up-applicant/sign-up-applicant.usecase';
import { VerifySignUpUseCase } from './verify-sign-up.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test signs up in an institute of its own. */
const db = useSpecDatabase(gatewayDatabase(new GatewayEnv()));
const useCase = () =>
  new VerifySignUpUseCase(
    db.dataSource,
    new SignUpQueries(db.dataSource),
    new EventPublisher({ service: 'gateway', schema: 'gateway', serialiseWriters: false }),
  );

/** Signs up a new address and gives the account's id and the token of its mailed link. */
async function signedUp(): Promise<{ userId: string; token: string }> {
  const id = randomUUID();
  const slug = `spec-${id.slice(0, 8)}`;
  await db.dataSource.query(`INSERT INTO gateway.tenant (id, slug, name_ko, name_en) VALUES ($1, $2, '시험 인재개발원', 'Spec HRD')`, [
    id,
    slug,
  ]);
  const publisher = new EventPublisher({ service: 'gateway', schema: 'gateway', serialiseWriters: false });
  await new SignUpApplicantUseCase(db.dataSource, new SignUpQueries(db.dataSource), publisher).execute({
    tenant: slug,
    email: `lee-${id.slice(0, 8)}@example.com`,
    password: 'Lantern-Walk-4821',
    name: '이응시',
    locale: 'ko',
  });
  const [row] = (await db.dataSource.query(`SELECT envelope FROM gateway.outbox WHERE envelope->>'tenantId' = $1`, [id])) as {
    envelope: { payload: { userId: string; verifyPath: string } };
  }[];
  return { userId: row.envelope.payload.userId, token: new URLSearchParams(row.envelope.payload.verifyPath.split('?')[1]).get('token')! };
}

const refused = { response: { errors: [{ field: 'token', code: 'AUTH.VERIFICATION_INVALID' }] } };

describe('VerifySignUpUseCase', () => {
  it('verifies the account once and gives it for a session; the link is then used up', async () => {
    const { userId, token } = await signedUp();
    const { user, tenant } = await useCase().execute({ token });
    expect(user).toMatchObject({ id: userId, role: 'applicant' });
    expect(user.verifiedAt).toBeInstanceOf(Date);
    expect(tenant.id).toBe(user.tenantId);
    await expect(useCase().execute({ token })).rejects.toMatchObject(refused);
    // Confirmed once: announced once, as an active applicant, to the notification service's contacts.
    const announced = (await db.dataSource.query(
      `SELECT envelope->'payload' AS p FROM gateway.outbox WHERE type = 'identity.user.changed' AND key = $1`,
      [userId],
    )) as { p: unknown }[];
    expect(announced).toEqual([{ p: expect.objectContaining({ userId, roles: ['applicant'], active: true }) }]);
  });

  it('refuses an expired and an unknown link alike, and verifies nothing', async () => {
    const expired = await signedUp();
    await db.dataSource.query(`UPDATE gateway.sign_up_verification SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      expired.userId,
    ]);
    await expect(useCase().execute({ token: expired.token })).rejects.toMatchObject(refused);
    await expect(useCase().execute({ token: 'no-such-token' })).rejects.toMatchObject(refused);
    const [{ verified_at }] = (await db.dataSource.query(`SELECT verified_at FROM gateway.app_user WHERE id = $1`, [expired.userId])) as {
      verified_at: Date | null;
    }[];
    expect(verified_at).toBeNull();
  });
});
