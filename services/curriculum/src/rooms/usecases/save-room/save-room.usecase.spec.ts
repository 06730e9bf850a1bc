import { specUser, useSpecDatabase } from '@baeum/testing';
import { CurriculumEnv } from '../../../config/env';
import { curriculumDatabase } from '../../../database/settings';
import { TenantSettings } from '../../../shared/tenant-settings.entity';
import { roomsOf } from '../../rooms.queries';
import { SaveRoomUseCase } from './save-room.usecase';

/** Against a real PostgreSQL (a database of this spec's own); each test has a tenant of its own. */
const db = useSpecDatabase(curriculumDatabase(new CurriculumEnv()));
const useCase = (): SaveRoomUseCase => new SaveRoomUseCase(db.dataSource);

const staff = () => specUser('course_manager');
const room = { code: 'BAEUM-301', nameKo: '배움관 301호', nameEn: 'Baeum Hall 301', kind: 'lecture' as const, capacity: 40 };

describe('SaveRoomUseCase', () => {
  it('adds a room with no equipment or building unless given, all its seats usable', async () => {
    const user = staff();
    const view = await useCase().create(user, room);
    expect(view).toMatchObject({ ...room, equipment: [], building: null, seatsNow: 40 });
    expect(view).not.toHaveProperty('tenantId');
    expect((await roomsOf(db.dataSource.manager, user.tenantId)).map((r) => r.id)).toEqual([view.id]);
  });

  it('answers the seats under the distancing rule when the tenant has it on', async () => {
    const user = staff();
    await db.dataSource.manager.insert(TenantSettings, {
      tenantId: user.tenantId,
      distancingEnabled: true,
      defaultDailyStart: '09:00',
      defaultDailyEnd: '18:00',
      updatedAt: new Date(),
    });
    expect((await useCase().create(user, room)).seatsNow).toBe(20);
  });

  it('refuses a code the tenant already has, naming the field', async () => {
    const user = staff();
    await useCase().create(user, room);
    await expect(useCase().create(user, room)).rejects.toMatchObject({
      status: 400,
      response: { errors: [expect.objectContaining({ field: 'code', code: 'ROOM.CODE_TAKEN' })] },
    });
  });

  it('changes only what is given, and answers 404 for another tenant’s room', async () => {
    const user = staff();
    const { id } = await useCase().create(user, { ...room, building: '배움관' });
    expect(await useCase().update(user, id, { capacity: 30, building: undefined })).toMatchObject({ capacity: 30, building: '배움관' });
    await expect(useCase().update(staff(), id, { capacity: 10 })).rejects.toMatchObject({
      status: 404,
      response: { code: 'ROOM.NOT_FOUND' },
    });
  });
});
