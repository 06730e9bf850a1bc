import { randomUUID } from 'node:crypto';
import { newOfficer, openSpecDatabase, seedApplication, seedExam, seedPublications, SpecDatabase } from '../../test/spec-database';
import { isPublished, ResultQueries } from './result-queries';

describe('ResultQueries', () => {
  let db: SpecDatabase;
  let results: ResultQueries;

  beforeAll(async () => {
    db = await openSpecDatabase();
    results = new ResultQueries(db.dataSource);
  });
  afterAll(() => db.close());

  it('tells a stage published once its instant has passed, and reads the instants set', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    await seedPublications(db, officer.tenantId, exam.examId);
    const tx = db.dataSource.manager;
    expect(await isPublished(tx, exam.examId, 'written')).toBe(true);
    expect(await isPublished(tx, exam.examId, 'final')).toBe(false);
    expect(await isPublished(tx, randomUUID(), 'written')).toBe(false);
    const instants = await results.publicationInstants(exam.examId);
    expect(instants.map((i) => i.stage).sort()).toEqual(['final', 'written']);
    expect(instants.every((i) => i.publishAt instanceof Date)).toBe(true);
  });

  it("reads the applicant's own numbered application with both results, and nothing of another's", async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    const applicantId = randomUUID();
    await seedApplication(db, officer.tenantId, exam, { applicantId, examNumber: '1-01-0001', writtenResult: 'pass', finalResult: 'fail' });
    expect(await results.ownResult(officer.tenantId, applicantId, exam.examId)).toEqual({
      examTitleKo: '2027년 시험',
      examTitleEn: '2027 exam 1',
      examNumber: '1-01-0001',
      positionLabelKo: '일반행정 9급',
      writtenResult: 'pass',
      finalResult: 'fail',
    });
    expect(await results.ownResult(officer.tenantId, randomUUID(), exam.examId)).toBeUndefined();
    expect(await results.ownResult(randomUUID(), applicantId, exam.examId)).toBeUndefined();
  });
});
