import { useSpecDatabase } from '@baeum/testing';
import { randomUUID } from 'node:crypto';
import { notificationDatabase } from '../../../database/settings';
import { DEFAULT_PREFERENCES, PreferencesQueries } from '../../preferences.queries';
import { UpdatePreferencesUseCase } from './update-preferences.usecase';

const db = useSpecDatabase(notificationDatabase({ DATABASE_URL: '', DB_POOL_SIZE: 4 } as never));

describe('UpdatePreferencesUseCase', () => {
  const queries = () => new PreferencesQueries(db.dataSource);
  const of = (tenantId: string, userId: string) => queries().find(tenantId, userId);

  it('keeps each person’s own choice, the defaults for whoever chose nothing', async () => {
    const useCase = new UpdatePreferencesUseCase(db.dataSource, queries());
    const owner = { tenantId: randomUUID(), userId: randomUUID() };
    expect(await of(owner.tenantId, owner.userId)).toEqual(DEFAULT_PREFERENCES);
    await useCase.execute({ owner, email: false, sms: true, quietStart: '22:30', quietEnd: '07:00' });
    expect(await of(owner.tenantId, owner.userId)).toEqual({ email: false, sms: true, quietHours: { start: '22:30', end: '07:00' } });
    await useCase.execute({ owner, email: true, sms: true, quietStart: null, quietEnd: null });
    expect(await of(owner.tenantId, owner.userId)).toEqual({ email: true, sms: true, quietHours: null });
    // The same person in another institute chose nothing there.
    expect(await of(randomUUID(), owner.userId)).toEqual(DEFAULT_PREFERENCES);
  });

  it('refuses quiet hours given by half, or starting when they end, naming the field', async () => {
    const useCase = new UpdatePreferencesUseCase(db.dataSource, queries());
    const owner = { tenantId: randomUUID(), userId: randomUUID() };
    const refusal = (quietStart: string | null, quietEnd: string | null) =>
      useCase.execute({ owner, email: true, sms: true, quietStart, quietEnd }).then(
        () => null,
        (error: { getResponse(): unknown }) => error.getResponse(),
      );
    expect(await refusal('21:00', null)).toMatchObject({ errors: [{ field: 'quietEnd', code: 'NOTIFY.QUIET_HOURS_HALF' }] });
    expect(await refusal('21:00', '21:00')).toMatchObject({ errors: [{ field: 'quietEnd', code: 'NOTIFY.QUIET_HOURS_EMPTY' }] });
    expect(await of(owner.tenantId, owner.userId)).toEqual(DEFAULT_PREFERENCES);
  });
});
