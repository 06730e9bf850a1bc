import { newOfficer, openSpecDatabase, refusal, seedApplication, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ExamQueries } from '../../../exams/exam-queries';
import { VenueQueries } from '../../venue-queries';
import { AssignExamNumbersUseCase } from './assign-exam-numbers.usecase';

describe('AssignExamNumbersUseCase', () => {
  let db: SpecDatabase;
  let useCase: AssignExamNumbersUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new AssignExamNumbersUseCase(db.dataSource, new ExamQueries(db.dataSource), new VenueQueries(db.dataSource));
  });
  afterAll(() => db.close());

  const numbers = (db: SpecDatabase, examId: string) =>
    db.rows<{ status: string; exam_number: string | null }>(
      `SELECT status, exam_number FROM examination.application WHERE exam_id = $1 ORDER BY submitted_at, id`,
      [examId],
    );

  it('numbers every paid application once the cancellation deadline has passed, and only once', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    await seedApplication(db, officer.tenantId, exam, { examNumber: null });
    await seedApplication(db, officer.tenantId, exam, { examNumber: null, status: 'cancelled' });
    await expect(useCase.execute(officer, exam.examId)).resolves.toEqual({ assigned: 1 });
    const rows = await numbers(db, exam.examId);
    expect(rows.find((r) => r.status === 'paid')?.exam_number).toMatch(/\d/);
    expect(rows.find((r) => r.status === 'cancelled')?.exam_number).toBeNull();
    expect(await refusal(useCase.execute(officer, exam.examId))).toMatchObject({ status: 409, code: 'EXAM_NUMBERS.ALREADY_GIVEN' });
  });

  it('waits for the cancellation deadline', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId, { open: true });
    expect(await refusal(useCase.execute(officer, exam.examId))).toMatchObject({ status: 409, code: 'EXAM_NUMBERS.CANCELLATION_OPEN' });
  });
});
