import { newOfficer, openSpecDatabase, seedApplication, seedExam, SpecDatabase } from '../../test/spec-database';
import { countApplicant, countPaidFee, ExamQueries } from './exam-queries';

describe('ExamQueries', () => {
  let db: SpecDatabase;
  let exams: ExamQueries;

  beforeAll(async () => {
    db = await openSpecDatabase();
    exams = new ExamQueries(db.dataSource);
  });
  afterAll(() => db.close());

  const counts = async (positionId: string) =>
    (
      await db.rows<{ applicants: number; paid: number }>(`SELECT applicants, paid FROM examination.position WHERE id = $1`, [positionId])
    )[0];

  it('numbers the next position after the last one', async () => {
    const exam = await seedExam(db, newOfficer().tenantId);
    expect(await exams.nextPositionSeq(exam.examId, db.dataSource.manager)).toBe(2);
  });

  it('counts applicants and paid fees up and down on the position', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    const applicationId = await seedApplication(db, officer.tenantId, exam);
    const tx = db.dataSource.manager;
    await countApplicant(tx, exam.positionId, 1);
    await countApplicant(tx, exam.positionId, 1);
    await countApplicant(tx, exam.positionId, -1);
    await countPaidFee(tx, applicationId, 1);
    expect(await counts(exam.positionId)).toEqual({ applicants: 1, paid: 1 });
    await countPaidFee(tx, applicationId, -1);
    expect(await counts(exam.positionId)).toEqual({ applicants: 1, paid: 0 });
  });
});
