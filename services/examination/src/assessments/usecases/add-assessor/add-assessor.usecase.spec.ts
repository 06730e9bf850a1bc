import { randomUUID } from 'node:crypto';
import { newOfficer, openSpecDatabase, refusal, SpecDatabase } from '../../../../test/spec-database';
import { AssessmentQueries } from '../../assessment-queries';
import { AddAssessorUseCase } from './add-assessor.usecase';

describe('AddAssessorUseCase', () => {
  let db: SpecDatabase;
  let useCase: AddAssessorUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new AddAssessorUseCase(new AssessmentQueries(db.dataSource));
  });
  afterAll(() => db.close());

  it('registers an active assessor of the tenant', async () => {
    const officer = newOfficer();
    const view = await useCase.execute(officer, { userId: randomUUID(), nameKo: '박평가' });
    expect(view).toMatchObject({ tenantId: officer.tenantId, agencyCode: null, active: true });
    expect((await new AssessmentQueries(db.dataSource).assessors(officer.tenantId)).map((a) => a.id)).toEqual([view.id]);
  });

  it('registers a user once, naming userId', async () => {
    const officer = newOfficer();
    const userId = randomUUID();
    await useCase.execute(officer, { userId, nameKo: '박평가', agencyCode: 'MAPO-GU' });
    expect(await refusal(useCase.execute(officer, { userId, nameKo: '박평가' }))).toMatchObject({
      status: 409,
      code: 'ASSESSOR.ALREADY_REGISTERED',
      body: { field: 'userId' },
    });
  });
});
