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

describe('UpdateSettingsUseCase: the institute administrator', () => {
  const admin = () => specUser('admin', { name: '관리자' });
  const auditOf = (tenantId: string) =>
    db.dataSource.query(`SELECT action, actor_id, actor_name, before, after FROM curriculum.audit_log WHERE tenant_id = $1 ORDER BY id`, [
      tenantId,
    ]);
  const eventsOf = (tenantId: string) =>
    db.dataSource.query(
      `SELECT envelope FROM curriculum.outbox WHERE type = 'curriculum.settings.changed' AND envelope->>'tenantId' = $1`,
      [tenantId],
    );

  it('stores names, code and holidays (sorted by date), records the changed fields and announces the holidays, in one transaction', async () => {
    const user = admin();
    await useCase().execute(user, {
      nameKo: ' 시험 인재개발원 ',
      nameEn: 'Spec Institute',
      code: 'SPEC-HRD',
      holidays: [
        { date: '2027-05-20', name: '개원기념일' },
        { date: '2027-01-02', name: '시무식 휴무' },
      ],
    });
    const stored = await settingsOf(db.dataSource.manager, user.tenantId);
    expect(stored).toMatchObject({
      nameKo: '시험 인재개발원',
      code: 'SPEC-HRD',
      holidays: [
        { date: '2027-01-02', name: '시무식 휴무' },
        { date: '2027-05-20', name: '개원기념일' },
      ],
    });
    const [entry] = await auditOf(user.tenantId);
    expect(entry).toEqual({
      action: 'settings.changed',
      actor_id: user.userId,
      actor_name: '관리자',
      before: { nameKo: '', nameEn: '', code: '', holidays: [] },
      after: { nameKo: '시험 인재개발원', nameEn: 'Spec Institute', code: 'SPEC-HRD', holidays: stored.holidays },
    });
    const [{ envelope }] = await eventsOf(user.tenantId);
    expect(envelope.payload).toMatchObject({ tenantId: user.tenantId, code: 'SPEC-HRD', holidays: stored.holidays });

    // The same values again: nothing written, nothing recorded, nothing announced.
    await useCase().execute(user, { code: 'SPEC-HRD', holidays: [...stored.holidays].reverse() });
    expect(await auditOf(user.tenantId)).toHaveLength(1);
    expect(await eventsOf(user.tenantId)).toHaveLength(1);
  });

  it('records only the field that changed', async () => {
    const user = admin();
    await useCase().execute(user, { nameKo: '가', nameEn: 'A' });
    await useCase().execute(user, { nameKo: '나', nameEn: 'A' });
    expect((await auditOf(user.tenantId))[1]).toMatchObject({ before: { nameKo: '가' }, after: { nameKo: '나' } });
  });

  it('refuses a date given twice, naming holidays, and neither stores nor records anything', async () => {
    const user = admin();
    const holidays = [
      { date: '2027-05-20', name: '개원기념일' },
      { date: '2027-05-20', name: '또' },
    ];
    await expect(useCase().execute(user, { nameKo: '가', holidays })).rejects.toMatchObject({
      status: 400,
      response: { errors: [expect.objectContaining({ field: 'holidays', code: 'SETTINGS.HOLIDAY_REPEATED' })] },
    });
    expect((await settingsOf(db.dataSource.manager, user.tenantId)).nameKo).toBe('');
    expect(await auditOf(user.tenantId)).toEqual([]);
  });

  it('writes no entry when a change is refused (hours reversed)', async () => {
    const user = admin();
    await expect(useCase().execute(user, { nameKo: '가', defaultDailyStart: '19:00' })).rejects.toMatchObject({ status: 400 });
    expect(await auditOf(user.tenantId)).toEqual([]);
    expect(await eventsOf(user.tenantId)).toEqual([]);
  });
});
