import { givenAgency, givenTrainee, refusal, SpecDatabase, specDatabase, userOf } from '../../../database/spec-database';
import { TraineeDirectory } from '../../trainee-directory';
import { Trainee } from '../../trainee.entity';
import { UpdateTraineeUseCase } from './update-trainee.usecase';

describe('UpdateTraineeUseCase', () => {
  let db: SpecDatabase;
  let useCase: UpdateTraineeUseCase;
  beforeAll(async () => {
    db = await specDatabase();
    useCase = new UpdateTraineeUseCase(db.dataSource, new TraineeDirectory(db.publisher));
  });
  afterAll(() => db.drop());

  it('stores the changes', async () => {
    const user = userOf('course_manager');
    await givenAgency(db.dataSource, user.tenantId);
    const trainee = await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC');
    await useCase.execute({ actor: user, traineeId: trainee.id, changes: { name: '김바뀜', grade: '6급' } });
    expect(await db.dataSource.manager.findOneByOrFail(Trainee, { id: trainee.id })).toMatchObject({ name: '김바뀜', grade: '6급' });
  });

  it('refuses a staff number another trainee of the agency has', async () => {
    const user = userOf('course_manager');
    await givenAgency(db.dataSource, user.tenantId);
    await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC', { employeeNo: 'T-1' });
    const trainee = await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC');
    expect(await refusal(useCase.execute({ actor: user, traineeId: trainee.id, changes: { employeeNo: 'T-1' } }))).toMatchObject({
      status: 409,
      code: 'TRAINEE.DUPLICATE',
    });
  });

  it("answers 404 to an agency admin for another agency's trainee", async () => {
    const user = userOf('agency_admin', { agencyCode: 'AG-OWN' });
    await givenAgency(db.dataSource, user.tenantId);
    const trainee = await givenTrainee(db.dataSource, user.tenantId, 'AG-SPEC');
    expect(await refusal(useCase.execute({ actor: user, traineeId: trainee.id, changes: { name: '남의' } }))).toMatchObject({
      status: 404,
      code: 'TRAINEE.NOT_FOUND',
    });
  });
});
