import { givenAgency, givenTrainee, refusal, SpecDatabase, specDatabase, userOf } from '../../../database/spec-database';
import { Trainee } from '../../trainee.entity';
import { CreateTraineeUseCase } from './create-trainee.usecase';

/** The `enrollment.trainee.linked` payloads the tenant's outbox holds, in order. */
const linksOf = async (db: SpecDatabase, tenantId: string) =>
  (
    (await db.dataSource.query(
      `SELECT envelope FROM enrollment.outbox WHERE type = 'enrollment.trainee.linked' AND envelope->>'tenantId' = $1 ORDER BY seq`,
      [tenantId],
    )) as { envelope: { payload: Record<string, unknown> } }[]
  ).map((r) => r.envelope.payload);

describe('CreateTraineeUseCase', () => {
  let db: SpecDatabase;
  let useCase: CreateTraineeUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    useCase = new CreateTraineeUseCase(db.dataSource, db.publisher);
  });
  afterAll(() => db.drop());

  it("adds a trainee to an agency of the caller's tenant", async () => {
    const user = userOf('course_manager');
    await givenAgency(db.dataSource, user.tenantId);
    const trainee = await useCase.execute({ actor: user, trainee: { agencyCode: 'AG-SPEC', name: '이신규', employeeNo: 'N-1' } });
    expect(await db.dataSource.manager.findOneByOrFail(Trainee, { id: trainee.id })).toMatchObject({
      tenantId: user.tenantId,
      agencyCode: 'AG-SPEC',
      name: '이신규',
      employeeNo: 'N-1',
    });
    expect(await linksOf(db, user.tenantId)).toEqual([
      { traineeId: trainee.id, userId: null, agencyCode: 'AG-SPEC', linkedAt: expect.any(String) },
    ]);
  });

  it("puts an agency admin's trainee in their own agency", async () => {
    const user = userOf('agency_admin', { agencyCode: 'AG-OWN' });
    await givenAgency(db.dataSource, user.tenantId, 'AG-OWN');
    expect((await useCase.execute({ actor: user, trainee: { agencyCode: 'AG-OTHER', name: '박기관' } })).agencyCode).toBe('AG-OWN');
  });

  it('refuses an agency the tenant does not have, naming the field', async () => {
    expect(await refusal(useCase.execute({ actor: userOf('admin'), trainee: { agencyCode: 'NOWHERE', name: '최없음' } }))).toMatchObject({
      status: 400,
      errors: [{ field: 'agencyCode', code: 'TRAINEE.AGENCY_UNKNOWN' }],
    });
  });

  it('refuses a staff number already in the agency', async () => {
    const user = userOf('course_manager');
    await givenAgency(db.dataSource, user.tenantId);
    await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC', { employeeNo: 'D-1', userId: null });
    expect(
      await refusal(useCase.execute({ actor: user, trainee: { agencyCode: 'AG-SPEC', name: '정중복', employeeNo: 'D-1' } })),
    ).toMatchObject({
      status: 409,
      code: 'TRAINEE.DUPLICATE',
      errors: [{ field: 'employeeNo', code: 'TRAINEE.DUPLICATE' }],
    });
  });

  it('links an account made for staff already on the list to their record', async () => {
    const user = userOf('admin');
    await givenAgency(db.dataSource, user.tenantId);
    const listed = await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC', { employeeNo: 'L-1', grade: '7급' });
    const account = await useCase.execute({
      actor: user,
      trainee: { agencyCode: 'AG-SPEC', name: '한계정', employeeNo: 'L-1', userId: '00000000-0000-4000-8000-000000000001' },
    });
    expect(account.id).toBe(listed.id);
    expect(await db.dataSource.manager.findOneByOrFail(Trainee, { id: listed.id })).toMatchObject({
      userId: '00000000-0000-4000-8000-000000000001',
      name: '한계정',
      grade: '7급',
    });
    expect(await linksOf(db, user.tenantId)).toEqual([
      { traineeId: listed.id, userId: '00000000-0000-4000-8000-000000000001', agencyCode: 'AG-SPEC', linkedAt: expect.any(String) },
    ]);
  });

  it('announces nothing when the trainee is refused', async () => {
    const user = userOf('course_manager');
    await givenAgency(db.dataSource, user.tenantId);
    await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC', { employeeNo: 'R-1', userId: null });
    await refusal(useCase.execute({ actor: user, trainee: { agencyCode: 'AG-SPEC', name: '정중복', employeeNo: 'R-1' } }));
    expect(await linksOf(db, user.tenantId)).toEqual([]);
  });
});
