import { newOfficer, openSpecDatabase, refusal, seedApplication, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ApplicationQueries } from '../../application-queries';
import { DecideAccommodationsUseCase } from './decide-accommodations.usecase';

describe('DecideAccommodationsUseCase', () => {
  let db: SpecDatabase;
  let useCase: DecideAccommodationsUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new DecideAccommodationsUseCase(db.dataSource, new ApplicationQueries(db.dataSource));
  });
  afterAll(() => db.close());

  it('approves the accommodations asked for', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    const applicationId = await seedApplication(db, officer.tenantId, exam, { accommodations: [{ kind: 'large_print' }] });
    const view = await useCase.execute(officer, { applicationId, decision: 'approved' });
    expect(view).toMatchObject({ id: applicationId, accommodationStatus: 'approved' });
  });

  it('has nothing to decide when none were asked for', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    const applicationId = await seedApplication(db, officer.tenantId, exam);
    expect(await refusal(useCase.execute(officer, { applicationId, decision: 'rejected' }))).toMatchObject({
      status: 409,
      code: 'EXAM_APPLICATION.NO_ACCOMMODATIONS',
    });
  });

  it('does not find another tenant’s application', async () => {
    const owner = newOfficer();
    const exam = await seedExam(db, owner.tenantId);
    const applicationId = await seedApplication(db, owner.tenantId, exam, { accommodations: [{ kind: 'large_print' }] });
    expect(await refusal(useCase.execute(newOfficer(), { applicationId, decision: 'approved' }))).toMatchObject({
      status: 404,
      code: 'EXAM_APPLICATION.NOT_FOUND',
    });
  });
});
