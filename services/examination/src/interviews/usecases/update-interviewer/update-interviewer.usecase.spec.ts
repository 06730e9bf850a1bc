import { randomUUID } from 'node:crypto';
import { newOfficer, openSpecDatabase, refusal, SpecDatabase } from '../../../../test/spec-database';
import { InterviewQueries } from '../../interview-queries';
import { AddInterviewerUseCase } from '../add-interviewer/add-interviewer.usecase';
import { UpdateInterviewerUseCase } from './update-interviewer.usecase';

describe('UpdateInterviewerUseCase', () => {
  let db: SpecDatabase;
  let useCase: UpdateInterviewerUseCase;
  let add: AddInterviewerUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new UpdateInterviewerUseCase(new InterviewQueries(db.dataSource));
    add = new AddInterviewerUseCase(new InterviewQueries(db.dataSource));
  });
  afterAll(() => db.close());

  it('takes an interviewer off the list', async () => {
    const officer = newOfficer();
    const { id } = await add.execute(officer, { nameKo: '김면접', affiliation: '서울대학교', expertise: '행정학' });
    await expect(useCase.execute(officer, { interviewerId: id, active: false })).resolves.toMatchObject({ id, active: false });
    const [stored] = await new InterviewQueries(db.dataSource).interviewers(officer.tenantId);
    expect(stored.active).toBe(false);
  });

  it('does not find another tenant’s interviewer', async () => {
    const { id } = await add.execute(newOfficer(), { nameKo: '김면접', affiliation: '서울대학교', expertise: '행정학' });
    expect(await refusal(useCase.execute(newOfficer(), { interviewerId: id, active: false }))).toMatchObject({
      status: 404,
      code: 'INTERVIEWER.NOT_FOUND',
    });
    expect(await refusal(useCase.execute(newOfficer(), { interviewerId: randomUUID(), active: true }))).toMatchObject({ status: 404 });
  });
});
