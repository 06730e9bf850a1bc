import { randomUUID } from 'node:crypto';
import {
  eventsAbout,
  newOfficer,
  openSpecDatabase,
  refusal,
  seedApplication,
  seedExam,
  SpecDatabase,
} from '../../../../test/spec-database';
import { ExamQueries } from '../../../exams/exam-queries';
import { VenueQueries } from '../../venue-queries';
import { AssignSeatsUseCase } from './assign-seats.usecase';

describe('AssignSeatsUseCase', () => {
  let db: SpecDatabase;
  let useCase: AssignSeatsUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new AssignSeatsUseCase(db.dataSource, new ExamQueries(db.dataSource), new VenueQueries(db.dataSource), db.publisher);
  });
  afterAll(() => db.close());

  async function examWithRoom(seats: number, candidates: number) {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId, { examNumbersAssigned: true });
    const venue = randomUUID();
    await db.rows(
      `INSERT INTO examination.venue (id, tenant_id, exam_id, name_ko, agency_code, address) VALUES ($1, $2, $3, '시험장', 'MAPO-GU', '서울')`,
      [venue, officer.tenantId, exam.examId],
    );
    await db.rows(
      `INSERT INTO examination.venue_room (id, tenant_id, exam_id, venue_id, name, ` +
        `seats, accommodations, available) VALUES ($1, $2, $3, $4, '101호', $5, '{}', ` +
        `true)`,
      [randomUUID(), officer.tenantId, exam.examId, venue, seats],
    );
    for (let i = 0; i < candidates; i++) await seedApplication(db, officer.tenantId, exam);
    return { officer, exam };
  }

  it('seats every candidate, each in a seat of their own', async () => {
    const { officer, exam } = await examWithRoom(3, 2);
    await expect(useCase.execute(officer, exam.examId)).resolves.toEqual({ seated: 2, moved: 0, rooms: 1 });
    const seats = await db.rows<{ seat_no: number | null }>(`SELECT seat_no FROM examination.application WHERE exam_id = $1`, [
      exam.examId,
    ]);
    expect(new Set(seats.map((s) => s.seat_no)).size).toBe(2);
    expect(seats.every((s) => s.seat_no !== null)).toBe(true);
  });

  it('tells each seated applicant their exam number, venue, room, seat and time, once, and no personal data', async () => {
    const { officer, exam } = await examWithRoom(3, 2);
    await useCase.execute(officer, exam.examId);
    const events = (await eventsAbout(db, exam.examId)).filter((e) => e.type === 'examination.application.seat-assigned');
    const seated = await db.rows<{ id: string; applicant_id: string; exam_number: string; seat_no: number }>(
      `SELECT id, applicant_id, exam_number, seat_no FROM examination.application WHERE exam_id = $1`,
      [exam.examId],
    );
    expect(events.map((e) => e.payload).sort((a, b) => String(a.applicationId).localeCompare(String(b.applicationId)))).toEqual(
      seated
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((a) => ({
          applicationId: a.id,
          examId: exam.examId,
          applicantUserId: a.applicant_id,
          examTitleKo: '2027년 시험',
          jobSeriesKo: '일반행정',
          grade: 9,
          examNumber: a.exam_number,
          venueNameKo: '시험장',
          venueAddress: '서울',
          roomName: '101호',
          seatNo: a.seat_no,
          examDate: '2027-04-10',
          startsAt: '10:00',
          seatedBy: '09:20',
          moved: false,
        })),
    );
    expect(JSON.stringify(events)).not.toMatch(/홍길동|1995-05-05|010-0000/);
    // A second run moves no one: nobody is told again.
    await useCase.execute(officer, exam.examId);
    expect((await eventsAbout(db, exam.examId)).filter((e) => e.type === 'examination.application.seat-assigned')).toHaveLength(2);
  });

  it('changes nothing unless everyone can be seated', async () => {
    const { officer, exam } = await examWithRoom(1, 2);
    expect(await refusal(useCase.execute(officer, exam.examId))).toMatchObject({
      status: 409,
      code: 'SEATING.TOO_FEW_SEATS',
      body: { params: { unplaced: 1 } },
    });
    const seated = await db.rows(`SELECT 1 FROM examination.application WHERE exam_id = $1 AND room_id IS NOT NULL`, [exam.examId]);
    expect(seated).toEqual([]);
  });

  it('needs exam numbers first', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    expect(await refusal(useCase.execute(officer, exam.examId))).toMatchObject({ status: 409, code: 'SEATING.EXAM_NUMBERS_FIRST' });
  });
});
