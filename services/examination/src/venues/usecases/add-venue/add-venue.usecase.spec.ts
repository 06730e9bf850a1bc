import { newOfficer, openSpecDatabase, refusal, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ExamQueries } from '../../../exams/exam-queries';
import { VenueQueries } from '../../venue-queries';
import { AddVenueUseCase } from './add-venue.usecase';

describe('AddVenueUseCase', () => {
  let db: SpecDatabase;
  let useCase: AddVenueUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new AddVenueUseCase(new ExamQueries(db.dataSource), new VenueQueries(db.dataSource));
  });
  afterAll(() => db.close());

  const venue = { nameKo: '마포고등학교', agencyCode: 'MAPO-GU', address: '서울 마포구' };

  it('adds a venue of the exam, without rooms yet', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    const view = await useCase.execute(officer, { ...venue, examId: exam.examId });
    expect(view).toMatchObject({ ...venue, examId: exam.examId, tenantId: officer.tenantId, rooms: [] });
    expect((await new VenueQueries(db.dataSource).venues(officer.tenantId, exam.examId)).map((v) => v.id)).toEqual([view.id]);
  });

  it('does not find another tenant’s exam', async () => {
    const exam = await seedExam(db, newOfficer().tenantId);
    expect(await refusal(useCase.execute(newOfficer(), { ...venue, examId: exam.examId }))).toMatchObject({
      status: 404,
      code: 'EXAM.NOT_FOUND',
    });
  });
});
