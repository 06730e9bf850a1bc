import { randomUUID } from 'node:crypto';
import { newOfficer, openSpecDatabase, refusal, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ExamQueries } from '../../../exams/exam-queries';
import { VenueQueries } from '../../venue-queries';
import { AddVenueUseCase } from '../add-venue/add-venue.usecase';
import { AddExamRoomUseCase } from './add-exam-room.usecase';

describe('AddExamRoomUseCase', () => {
  let db: SpecDatabase;
  let useCase: AddExamRoomUseCase;
  let addVenue: AddVenueUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new AddExamRoomUseCase(new VenueQueries(db.dataSource));
    addVenue = new AddVenueUseCase(new ExamQueries(db.dataSource), new VenueQueries(db.dataSource));
  });
  afterAll(() => db.close());

  async function venueOf() {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    const venue = await addVenue.execute(officer, { examId: exam.examId, nameKo: '마포고등학교', agencyCode: 'MAPO-GU', address: '서울' });
    return { officer, exam, venue };
  }

  it('adds an available room of the venue’s exam', async () => {
    const { officer, exam, venue } = await venueOf();
    const room = await useCase.execute(officer, { venueId: venue.id, name: '101호', seats: 30 });
    expect(room).toMatchObject({ examId: exam.examId, venueId: venue.id, seats: 30, accommodations: [], available: true });
    expect((await new VenueQueries(db.dataSource).roomUsage(exam.examId)).map((r) => [r.id, r.seated])).toEqual([[room.id, 0]]);
  });

  it('refuses a second room of the same name in the venue, naming the field', async () => {
    const { officer, venue } = await venueOf();
    await useCase.execute(officer, { venueId: venue.id, name: '101호', seats: 30 });
    expect(await refusal(useCase.execute(officer, { venueId: venue.id, name: '101호', seats: 20 }))).toMatchObject({
      status: 409,
      code: 'VENUE.ROOM_NAME_TAKEN',
      body: { field: 'name', params: { name: '101호' } },
    });
  });

  it('does not find an unknown venue', async () => {
    expect(await refusal(useCase.execute(newOfficer(), { venueId: randomUUID(), name: '101호', seats: 30 }))).toMatchObject({
      status: 404,
      code: 'VENUE.NOT_FOUND',
    });
  });
});
