import { givenAgency, givenTrainee, SpecDatabase, specDatabase, userOf } from '../../database/spec-database';
import { agenciesForAdmin } from '../agencies.queries';
import { Agency } from '../agency.entity';
import { ChangeAgencyUseCase } from './change-agency/change-agency.usecase';
import { CreateAgencyUseCase } from './create-agency/create-agency.usecase';
import { DeleteAgencyUseCase } from './delete-agency/delete-agency.usecase';
import { SetAgencyActiveUseCase } from './set-agency-active/set-agency-active.usecase';

/** The administration of agencies against a real PostgreSQL; each test has an institute of its own. */
describe('agency administration use cases', () => {
  let db: SpecDatabase;
  beforeAll(async () => {
    db = await specDatabase();
  });
  afterAll(() => db.drop());

  const admin = () => userOf('admin', { name: '관리자' });
  const auditOf = (tenantId: string) =>
    db.dataSource.query(
      `SELECT action, actor_id, actor_name, actor_role, subject_type, subject_id, before, after FROM enrollment.audit_log WHERE tenant_id = $1 ORDER BY id`,
      [tenantId],
    );
  const body = { code: 'MAPO-GU', nameKo: '마포구청', nameEn: 'Mapo-gu Office', kind: 'district' as const, defaultQuota: 2 };

  it('creates an active agency and records it with the same transaction; a code taken answers 409 on code and records nothing more', async () => {
    const user = admin();
    expect(await new CreateAgencyUseCase(db.dataSource, db.publisher).execute(user, body)).toMatchObject({
      ...body,
      active: true,
      trainees: 0,
    });
    expect(await auditOf(user.tenantId)).toEqual([
      {
        action: 'agency.created',
        actor_id: user.userId,
        actor_name: '관리자',
        actor_role: 'admin',
        subject_type: 'agency',
        subject_id: 'MAPO-GU',
        before: null,
        after: { ...body, active: true },
      },
    ]);
    await expect(
      new CreateAgencyUseCase(db.dataSource, db.publisher).execute(user, { ...body, nameKo: '다른 이름' }),
    ).rejects.toMatchObject({
      status: 409,
      response: { code: 'AGENCY.CODE_TAKEN', field: 'code' },
    });
    expect(await auditOf(user.tenantId)).toHaveLength(1);
    // Another institute may have the same code.
    await expect(new CreateAgencyUseCase(db.dataSource, db.publisher).execute(admin(), body)).resolves.toMatchObject({ code: 'MAPO-GU' });
  });

  it('changes only what is given and records the changed fields before and after; nothing changed writes nothing', async () => {
    const user = admin();
    await givenAgency(db.dataSource, user.tenantId, 'AG-1');
    const change = new ChangeAgencyUseCase(db.dataSource);
    expect(await change.execute(user, 'AG-1', { nameKo: '새 이름', defaultQuota: 3, kind: 'bureau' })).toMatchObject({
      nameKo: '새 이름',
      nameEn: 'Spec agency',
      defaultQuota: 3,
    });
    await change.execute(user, 'AG-1', { nameKo: '새 이름' });
    expect(await auditOf(user.tenantId)).toEqual([
      expect.objectContaining({
        action: 'agency.changed',
        before: { nameKo: '시험 기관', defaultQuota: 0 },
        after: { nameKo: '새 이름', defaultQuota: 3 },
      }),
    ]);
    await expect(change.execute(user, 'NOPE', { nameKo: 'x' })).rejects.toMatchObject({
      status: 404,
      response: { code: 'AGENCY.NOT_FOUND' },
    });
  });

  it("deactivates and reactivates, each recorded once; another institute's agency is not found", async () => {
    const user = admin();
    await givenAgency(db.dataSource, user.tenantId, 'AG-2');
    const setActive = new SetAgencyActiveUseCase(db.dataSource, db.publisher);
    expect(await setActive.execute(user, 'AG-2', false)).toMatchObject({ active: false });
    expect(await setActive.execute(user, 'AG-2', false)).toMatchObject({ active: false });
    expect(await setActive.execute(user, 'AG-2', true)).toMatchObject({ active: true });
    expect((await auditOf(user.tenantId)).map((e: { action: string }) => e.action)).toEqual(['agency.deactivated', 'agency.reactivated']);
    // Each change announced once, for curriculum's quotas.
    const announced = await db.dataSource.query(
      `SELECT envelope FROM enrollment.outbox WHERE type = 'enrollment.agency.changed' AND envelope->>'tenantId' = $1 ORDER BY seq`,
      [user.tenantId],
    );
    expect(announced.map((r: { envelope: { payload: unknown } }) => r.envelope.payload)).toEqual([
      expect.objectContaining({ code: 'AG-2', active: false }),
      expect.objectContaining({ code: 'AG-2', active: true }),
    ]);
    await expect(setActive.execute(admin(), 'AG-2', false)).rejects.toMatchObject({ status: 404 });
  });

  it('refuses to delete an agency with trainees (409, nothing changed) and deletes one without, recorded', async () => {
    const user = admin();
    await givenAgency(db.dataSource, user.tenantId, 'AG-3');
    await givenAgency(db.dataSource, user.tenantId, 'AG-4');
    await givenTrainee(db.dataSource, user.tenantId, 'AG-3');
    const remove = new DeleteAgencyUseCase(db.dataSource);
    await expect(remove.execute(user, 'AG-3')).rejects.toMatchObject({
      status: 409,
      response: { code: 'AGENCY.HAS_TRAINEES', params: { trainees: 1 } },
    });
    await remove.execute(user, 'AG-4');
    expect((await db.dataSource.manager.find(Agency, { where: { tenantId: user.tenantId } })).map((a) => a.code)).toEqual(['AG-3']);
    expect(await auditOf(user.tenantId)).toEqual([expect.objectContaining({ action: 'agency.deleted', subject_id: 'AG-4', after: null })]);
    expect(await agenciesForAdmin(db.dataSource.manager, user.tenantId)).toEqual([
      expect.objectContaining({ code: 'AG-3', trainees: 1, active: true, defaultQuota: 0 }),
    ]);
  });
});
