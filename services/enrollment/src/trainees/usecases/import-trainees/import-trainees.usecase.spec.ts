import { givenAgency, givenTrainee, refusal, SpecDatabase, specDatabase, userOf } from '../../../database/spec-database';
import { Trainee } from '../../trainee.entity';
import { ImportTraineesUseCase } from './import-trainees.usecase';

describe('ImportTraineesUseCase', () => {
  let db: SpecDatabase;
  let useCase: ImportTraineesUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    useCase = new ImportTraineesUseCase(db.dataSource, db.publisher);
  });
  afterAll(() => db.drop());

  const HEAD = ['기관코드', '직원번호', '성명', '직급', '직위', '직렬'];

  it('adds new staff numbers and updates known ones', async () => {
    const user = userOf('course_manager');
    await givenAgency(db.dataSource, user.tenantId);
    const known = await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC', { employeeNo: 'K-1', name: '옛이름' });
    const rows = [HEAD, ['AG-SPEC', 'K-1', '새이름', '', '', ''], ['AG-SPEC', 'K-2', '신입', '9급', '', '']];

    expect(await useCase.execute({ actor: user, rows })).toEqual({ created: 1, updated: 1 });
    expect((await db.dataSource.manager.findOneByOrFail(Trainee, { id: known.id })).name).toBe('새이름');
    const added = await db.dataSource.manager.findOneByOrFail(Trainee, { tenantId: user.tenantId, employeeNo: 'K-2' });
    expect(added).toMatchObject({ name: '신입', grade: '9급' });
    // Only the record added is announced: an update leaves its account link as it was.
    const links = (await db.dataSource.query(
      `SELECT envelope FROM enrollment.outbox WHERE type = 'enrollment.trainee.linked' AND envelope->>'tenantId' = $1`,
      [user.tenantId],
    )) as { envelope: { payload: unknown } }[];
    expect(links.map((l) => l.envelope.payload)).toEqual([
      { traineeId: added.id, userId: null, agencyCode: 'AG-SPEC', linkedAt: expect.any(String) },
    ]);
  });

  it('stores nothing when a row names an unknown agency', async () => {
    const user = userOf('course_manager');
    await givenAgency(db.dataSource, user.tenantId);
    const rows = [HEAD, ['AG-SPEC', 'U-1', '좋은행', '', '', ''], ['NOWHERE', 'U-2', '나쁜행', '', '', '']];
    expect(await refusal(useCase.execute({ actor: user, rows }))).toMatchObject({ status: 400 });
    expect(await db.dataSource.manager.findBy(Trainee, { tenantId: user.tenantId })).toEqual([]);
  });
});
