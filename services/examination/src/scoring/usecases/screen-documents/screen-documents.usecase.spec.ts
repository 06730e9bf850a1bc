import { newOfficer, openSpecDatabase, refusal, seedApplication, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ExamQueries } from '../../../exams/exam-queries';
import { ScoringQueries } from '../../scoring-queries';
import { ScreenDocumentsUseCase } from './screen-documents.usecase';

describe('ScreenDocumentsUseCase', () => {
  let db: SpecDatabase;
  let useCase: ScreenDocumentsUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new ScreenDocumentsUseCase(db.dataSource, new ExamQueries(db.dataSource), new ScoringQueries());
  });
  afterAll(() => db.close());

  const screening = (db: SpecDatabase, id: string) =>
    db.rows<{ document_screening: string | null }>(`SELECT document_screening FROM examination.application WHERE id = $1`, [id]);

  it('records pass or fail per candidate of a career exam', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId, { kind: 'career', examNumbersAssigned: true });
    const [a, b] = [await seedApplication(db, officer.tenantId, exam), await seedApplication(db, officer.tenantId, exam)];
    const view = await useCase.execute(officer, {
      examId: exam.examId,
      decisions: [
        { applicationId: a, result: 'pass' },
        { applicationId: b, result: 'fail' },
      ],
    });
    expect(view).toEqual({ screened: 2, passed: 1 });
    expect(await screening(db, a)).toEqual([{ document_screening: 'pass' }]);
    expect(await screening(db, b)).toEqual([{ document_screening: 'fail' }]);
  });

  it('refuses a decision twice or on someone not a candidate, changing nothing', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId, { kind: 'career', examNumbersAssigned: true });
    const a = await seedApplication(db, officer.tenantId, exam);
    const unnumbered = await seedApplication(db, officer.tenantId, exam, { examNumber: null });
    for (const decisions of [
      [
        { applicationId: a, result: 'pass' as const },
        { applicationId: a, result: 'fail' as const },
      ],
      [
        { applicationId: a, result: 'pass' as const },
        { applicationId: unnumbered, result: 'pass' as const },
      ],
    ])
      expect(await refusal(useCase.execute(officer, { examId: exam.examId, decisions }))).toMatchObject({
        status: 400,
        code: 'DOCUMENT_SCREENING.UNKNOWN_CANDIDATE',
        body: { field: 'decisions' },
      });
    expect(await screening(db, a)).toEqual([{ document_screening: null }]);
  });

  it('is for career exams once exam numbers are given', async () => {
    const officer = newOfficer();
    for (const options of [{ kind: 'open' as const, examNumbersAssigned: true }, { kind: 'career' as const }]) {
      const exam = await seedExam(db, officer.tenantId, options);
      expect(await refusal(useCase.execute(officer, { examId: exam.examId, decisions: [] }))).toMatchObject({
        status: 409,
        code: 'DOCUMENT_SCREENING.NOT_APPLICABLE',
      });
    }
  });
});
