import { seoulDate } from '@baeum/calendar';
import { MemoryCacheStore, publishedInstantsKey, PublishedReadModels } from '@baeum/service-kit';
import { newOfficer, openSpecDatabase, refusal, seedApplication, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ExamQueries } from '../../../exams/exam-queries';
import type { ExaminationEnv } from '../../../config/env';
import { ResultLookupService } from '../../result-lookup';
import { ResultQueries } from '../../result-queries';
import { PublishedResultWriter } from '../../result-read-model';
import { PublishResultsUseCase } from './publish-results.usecase';

describe('PublishResultsUseCase', () => {
  let db: SpecDatabase;
  let useCase: PublishResultsUseCase;
  const published = new MemoryCacheStore();
  const later = () => new Date(Date.now() + 86_400_000).toISOString();
  /** The exams whose results are published here were sat a week ago (Seoul). */
  const sat = () => seoulDate(new Date(Date.now() - 7 * 86_400_000));

  beforeAll(async () => {
    db = await openSpecDatabase();
    const results = new ResultQueries(db.dataSource);
    const writer = new PublishedResultWriter(results, { store: published } as unknown as PublishedReadModels);
    const lookups = new ResultLookupService(results, new MemoryCacheStore(), {} as ExaminationEnv, writer);
    useCase = new PublishResultsUseCase(db.dataSource, new ExamQueries(db.dataSource), results, lookups);
  });
  afterAll(() => db.close());

  it('schedules the stage with its positions and the candidates who passed', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId, { writtenExamOn: sat() });
    await seedApplication(db, officer.tenantId, exam, { writtenResult: 'pass' });
    await seedApplication(db, officer.tenantId, exam, { writtenResult: 'fail' });
    const publishAt = later();
    const view = await useCase.execute(officer, { examId: exam.examId, stage: 'written', publishAt });
    expect(view).toMatchObject({ examId: exam.examId, stage: 'written', positions: 1, passed: 1, publishAt, announcedAt: null });
    const [stored] = await db.rows<{ passed: number }>(`SELECT passed FROM examination.publication WHERE exam_id = $1`, [exam.examId]);
    expect(stored.passed).toBe(1);
    // The gateway's read model learns the instant at once (the results themselves only at it).
    expect(JSON.parse((await published.get(publishedInstantsKey(exam.examId)))!)).toEqual({ written: publishAt, final: null });
  });

  it('refuses while a candidate has no result', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId, { writtenExamOn: sat() });
    await seedApplication(db, officer.tenantId, exam, { writtenResult: 'pass' });
    await seedApplication(db, officer.tenantId, exam);
    const refused = await refusal(useCase.execute(officer, { examId: exam.examId, stage: 'written', publishAt: later() }));
    expect(refused).toMatchObject({
      status: 409,
      code: 'PUBLICATION.RESULTS_UNDECIDED',
      body: { params: { stage: 'written', undecided: 1 } },
    });
  });

  it('has no written stage for a career exam', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId, { kind: 'career', writtenExamOn: sat() });
    const refused = await refusal(useCase.execute(officer, { examId: exam.examId, stage: 'written', publishAt: later() }));
    expect(refused).toMatchObject({ status: 409, code: 'PUBLICATION.NO_WRITTEN_STAGE', body: { field: 'stage' } });
  });

  it('moves a scheduled instant, but not one that has passed', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId, { writtenExamOn: sat() });
    await seedApplication(db, officer.tenantId, exam, { finalResult: 'pass' });
    await useCase.execute(officer, { examId: exam.examId, stage: 'final', publishAt: later() });
    const past = new Date(Date.now() - 60_000).toISOString();
    await expect(useCase.execute(officer, { examId: exam.examId, stage: 'final', publishAt: past })).resolves.toMatchObject({
      publishAt: past,
    });
    const refused = await refusal(useCase.execute(officer, { examId: exam.examId, stage: 'final', publishAt: later() }));
    expect(refused).toMatchObject({ status: 409, code: 'PUBLICATION.ALREADY_PUBLISHED' });
  });

  it('refuses before the written date, and a publication scheduled before it, naming the date', async () => {
    const officer = newOfficer();
    const writtenExamOn = seoulDate(new Date(Date.now() + 10 * 86_400_000));
    const exam = await seedExam(db, officer.tenantId, { writtenExamOn });
    await seedApplication(db, officer.tenantId, exam, { writtenResult: 'pass', finalResult: 'pass' });
    for (const stage of ['written', 'final'] as const) {
      const refused = await refusal(useCase.execute(officer, { examId: exam.examId, stage, publishAt: later() }));
      expect(refused).toMatchObject({ status: 409, code: 'PUBLICATION.BEFORE_WRITTEN_DATE', body: { params: { writtenExamOn } } });
    }
    // Written yesterday, the results may be published, but not scheduled for an instant before that day.
    const yesterday = seoulDate(new Date(Date.now() - 86_400_000));
    await db.rows(`UPDATE examination.exam SET written_exam_on = $2 WHERE id = $1`, [exam.examId, yesterday]);
    const tooEarly = new Date(Date.now() - 3 * 86_400_000).toISOString();
    expect(await refusal(useCase.execute(officer, { examId: exam.examId, stage: 'written', publishAt: tooEarly }))).toMatchObject({
      status: 409,
      code: 'PUBLICATION.BEFORE_WRITTEN_DATE',
      body: { params: { writtenExamOn: yesterday } },
    });
    await expect(useCase.execute(officer, { examId: exam.examId, stage: 'written', publishAt: later() })).resolves.toMatchObject({
      stage: 'written',
    });
    expect(await db.rows(`SELECT stage FROM examination.publication WHERE exam_id = $1`, [exam.examId])).toEqual([{ stage: 'written' }]);
  });

  it('does not find another tenant’s exam', async () => {
    const exam = await seedExam(db, newOfficer().tenantId, { writtenExamOn: sat() });
    const refused = await refusal(useCase.execute(newOfficer(), { examId: exam.examId, stage: 'final', publishAt: later() }));
    expect(refused).toMatchObject({ status: 404, code: 'EXAM.NOT_FOUND' });
  });
});
