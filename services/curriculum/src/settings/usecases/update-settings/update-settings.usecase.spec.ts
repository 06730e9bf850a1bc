import { EventPublisher } from '@baeum/messaging';
import { specUser, useSpecDatabase } from '@baeum/testing';
import { CurriculumEnv } from '../../../config/env';
import { curriculumDatabase } from '../../../database/settings';
import { settingsOf } from '../../../shared/tenant-settings';
import { UpdateSettingsUseCase } from './update-settings.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const useCase = (): UpdateSettingsUseCase =>
  new UpdateSettingsUseCase(db.dataSource, new EventPublisher({ service: 'curriculum', schema: 'curriculum', serialiseWriters: false }));

const planner = () => specUser('planner');

describe('UpdateSettingsUseCase', () => {
  it('stores the given hours over the defaults and keeps the rest', async () => {
    const user = planner();
    expect(await useCase().execute(user, { defaultDailyStart: '10:00' })).toEqual({
      distancingEnabled: false,
      defaultDailyStart: '10:00',
      defaultDailyEnd: '18:00',
    });
    expect(await settingsOf(db.dataSource.manager, user.tenantId)).toMatchObject({ defaultDailyStart: '10:00', defaultDailyEnd: '18:00' });
  });

  it('refuses an end not after the start, naming defaultDailyEnd, and stores nothing', async () => {
    const user = planner();
    await expect(useCase().execute(user, { defaultDailyStart: '18:00' })).rejects.toMatchObject({
      status: 400,
      response: { errors: [expect.objectContaining({ field: 'defaultDailyEnd', code: 'CURRICULUM_SETTINGS.HOURS_REVERSED' })] },
    });
    expect((await settingsOf(db.dataSource.manager, user.tenantId)).updatedAt).toEqual(new Date(0));
  });

  it('writes nothing for an empty change, nulls, or the values already there', async () => {
    const user = planner();
    await useCase().execute(user, { defaultDailyStart: '10:00' });
    const stored = (await settingsOf(db.dataSource.manager, user.tenantId)).updatedAt;
    for (const command of [{}, { distancingEnabled: null, defaultDailyEnd: null }, { defaultDailyStart: '10:00' }]) {
      expect(await useCase().execute(user, command as never)).toEqual({
        distancingEnabled: false,
        defaultDailyStart: '10:00',
        defaultDailyEnd: '18:00',
      });
    }
    expect((await settingsOf(db.dataSource.manager, user.tenantId)).updatedAt).toEqual(stored);
  });

  it('answers the cohorts it adjusted only when the distancing rule is switched on', async () => {
    const user = planner();
    expect(await useCase().execute(user, { distancingEnabled: true })).toMatchObject({ distancingEnabled: true, adjustedCohorts: [] });
    expect(await useCase().execute(user, { distancingEnabled: true })).not.toHaveProperty('adjustedCohorts');
  });
});
