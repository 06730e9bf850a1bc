import { newOfficer, openSpecDatabase, SpecDatabase } from '../../../../test/spec-database';
import { InterviewQueries } from '../../interview-queries';
import { AddInterviewerUseCase } from './add-interviewer.usecase';

describe('AddInterviewerUseCase', () => {
  let db: SpecDatabase;
  let useCase: AddInterviewerUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new AddInterviewerUseCase(new InterviewQueries(db.dataSource));
  });
  afterAll(() => db.close());

  it('registers an active interviewer of the tenant, external unless said otherwise', async () => {
    const officer = newOfficer();
    const view = await useCase.execute(officer, { nameKo: '김면접', affiliation: '서울대학교', expertise: '행정학' });
    expect(view).toMatchObject({ tenantId: officer.tenantId, external: true, active: true });
    const listed = await new InterviewQueries(db.dataSource).interviewers(officer.tenantId);
    expect(listed.map((i) => i.id)).toEqual([view.id]);
  });

  it('keeps an internal interviewer internal', async () => {
    const view = await useCase.execute(newOfficer(), { nameKo: '이내부', affiliation: '인사과', expertise: '인사', external: false });
    expect(view.external).toBe(false);
  });
});
