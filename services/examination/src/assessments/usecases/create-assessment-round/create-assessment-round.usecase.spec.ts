import { newOfficer, openSpecDatabase, refusal, SpecDatabase } from '../../../../test/spec-database';
import { modelFor } from '../../assessment-models';
import { AssessmentQueries } from '../../assessment-queries';
import { CreateAssessmentRoundUseCase } from './create-assessment-round.usecase';

describe('CreateAssessmentRoundUseCase', () => {
  let db: SpecDatabase;
  let useCase: CreateAssessmentRoundUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new CreateAssessmentRoundUseCase(new AssessmentQueries(db.dataSource));
  });
  afterAll(() => db.close());

  it('opens a round with its grade’s model and the usual thresholds', async () => {
    const officer = newOfficer();
    const view = await useCase.execute(officer, { targetGrade: 5, year: 2027, roundNo: 1, heldOn: '2027-06-01' });
    expect(view).toMatchObject({
      targetGrade: 5,
      competencies: modelFor(5)!.competencies,
      techniques: modelFor(5)!.techniques,
      passThreshold: 250,
      maxAttempts: 3,
      assessorsPerTechnique: 2,
      prepCohortId: null,
      assignedAt: null,
    });
    expect((await new AssessmentQueries(db.dataSource).rounds(officer.tenantId)).map((r) => r.id)).toEqual([view.id]);
  });

  it('refuses a second round of the same year, grade and number, naming roundNo', async () => {
    const officer = newOfficer();
    await useCase.execute(officer, { targetGrade: 4, year: 2027, roundNo: 2, heldOn: '2027-06-01' });
    const refused = await refusal(useCase.execute(officer, { targetGrade: 4, year: 2027, roundNo: 2, heldOn: '2027-07-01' }));
    expect(refused).toMatchObject({
      status: 409,
      code: 'ASSESSMENT_ROUND.EXISTS',
      body: { field: 'roundNo', params: { year: 2027, targetGrade: 4, roundNo: 2 } },
    });
  });

  it('lets another tenant have the same round', async () => {
    const round = { targetGrade: 4 as const, year: 2027, roundNo: 3, heldOn: '2027-06-01' };
    await useCase.execute(newOfficer(), round);
    await expect(useCase.execute(newOfficer(), round)).resolves.toMatchObject({ roundNo: 3 });
  });
});
