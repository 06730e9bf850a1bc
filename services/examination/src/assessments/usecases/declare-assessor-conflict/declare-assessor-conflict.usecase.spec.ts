import { randomUUID } from 'node:crypto';
import { newOfficer, openSpecDatabase, refusal, SpecDatabase } from '../../../../test/spec-database';
import { AssessmentQueries } from '../../assessment-queries';
import { AddAssessorUseCase } from '../add-assessor/add-assessor.usecase';
import { DeclareAssessorConflictUseCase } from './declare-assessor-conflict.usecase';

describe('DeclareAssessorConflictUseCase', () => {
  let db: SpecDatabase;
  let queries: AssessmentQueries;
  let useCase: DeclareAssessorConflictUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    queries = new AssessmentQueries(db.dataSource);
    useCase = new DeclareAssessorConflictUseCase(queries);
  });
  afterAll(() => db.close());

  it('records the conflict; declared again, the latest reason stands', async () => {
    const officer = newOfficer();
    const { id: assessorId } = await new AddAssessorUseCase(queries).execute(officer, { userId: randomUUID(), nameKo: '박평가' });
    await useCase.execute(officer, { assessorId, employeeNo: 'E-1001', reason: '같은 부서' });
    const view = await useCase.execute(officer, { assessorId, employeeNo: 'E-1001', reason: '직속 상관' });
    expect(view).toEqual({ assessorId, employeeNo: 'E-1001', tenantId: officer.tenantId, reason: '직속 상관' });
    expect(await queries.conflicts(officer.tenantId)).toEqual([view]);
  });

  it('does not find another tenant’s assessor', async () => {
    const { id: assessorId } = await new AddAssessorUseCase(queries).execute(newOfficer(), { userId: randomUUID(), nameKo: '박평가' });
    expect(await refusal(useCase.execute(newOfficer(), { assessorId, employeeNo: 'E-1', reason: '같은 부서' }))).toMatchObject({
      status: 404,
      code: 'ASSESSOR.NOT_FOUND',
    });
  });
});
