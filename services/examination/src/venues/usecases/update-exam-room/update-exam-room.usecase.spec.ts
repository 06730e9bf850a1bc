import { newOfficer, openSpecDatabase, refusal, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ExamQueries } from '../../../exams/exam-queries';
import { VenueQueries } from '../../venue-queries';
import { AddExamRoomUseCase } from '../add-exam-room/add-exam-room.usecase';
import { AddVenueUseCase } from '../add-venue/add-venue.usecase';
import { UpdateExamRoomUseCase } from './update-exam-room.usecase';

describe('UpdateExamRoomUseCase', () => {
  let db: SpecDatabase;
  let queries: VenueQueries;
  let useCase: UpdateExamRoomUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    queries = new VenueQueries(db.dataSource);
    useCase = new UpdateExamRoomUseCase(queries);
  });
  afterAll(() => db.close());

  async function roomOf() {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    const venue = await new AddVenueUseCase(new ExamQueries(db.dataSource), queries).execute(officer, {
      examId: exam.examId,
      nameKo: '마포고등학교',
      agencyCode: 'MAPO-GU',
      address: '서울',
    });
    const room = await new AddExamRoomUseCase(queries).execute(officer, {
      venueId: venue.id,
      name: '101호',
      seats: 30,
      accommodations: ['large_print'],
    });
    return { officer, room };
  }

  it('changes only what is given', async () => {
    const { officer, room } = await roomOf();
    const next = await useCase.execute(officer, { roomId: room.id, seats: 24, accommodations: undefined });
    expect(next).toMatchObject({ seats: 24, accommodations: ['large_print'], available: true });
    expect(await queries.room(officer.tenantId, room.id)).toMatchObject({ seats: 24, accommodations: ['large_print'] });
  });

  it('withdraws a room', async () => {
    const { officer, room } = await roomOf();
    await useCase.execute(officer, { roomId: room.id, available: false });
    expect(await queries.room(officer.tenantId, room.id)).toMatchObject({ available: false, seats: 30 });
  });

  it('does not find another tenant’s room', async () => {
    const { room } = await roomOf();
    expect(await refusal(useCase.execute(newOfficer(), { roomId: room.id, available: false }))).toMatchObject({
      status: 404,
      code: 'VENUE.ROOM_NOT_FOUND',
    });
  });
});
