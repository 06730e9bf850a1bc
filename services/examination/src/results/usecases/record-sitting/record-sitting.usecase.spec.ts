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
import { ResultQueries } from '../../result-queries';
import { RecordSittingUseCase } from './record-sitting.usecase';

describe('RecordSittingUseCase', () => {
  let db: SpecDatabase;
  let useCase: RecordSittingUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new RecordSittingUseCase(db.dataSource, db.publisher, new ExamQueries(db.dataSource), new ResultQueries(db.dataSource));
  });
  afterAll(() => db.close());

  /** An exam whose candidates sit in two rooms of two venues. */
  async function seatedExam() {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId, { budgetLineCode: 'EXAM-2027' });
    for (const room of [randomUUID(), randomUUID()]) {
      const venue = randomUUID();
      await db.rows(
        `INSERT INTO examination.venue (id, tenant_id, exam_id, name_ko, agency_code, address) VALUES ($1, $2, $3, '시험장', 'MAPO-GU', '서울')`,
        [venue, officer.tenantId, exam.examId],
      );
      await db.rows(
        `INSERT INTO examination.venue_room (id, tenant_id, exam_id, venue_id, name, ` +
          `seats, accommodations, available) VALUES ($1, $2, $3, $4, '101호', 30, '{}', ` +
          `true)`,
        [room, officer.tenantId, exam.examId, venue],
      );
      await seedApplication(db, officer.tenantId, exam, { roomId: room });
    }
    return { officer, exam };
  }

  it('stores the written sitting with its venues and candidates, and announces it with the exam’s budget line', async () => {
    const { officer, exam } = await seatedExam();
    const view = await useCase.execute(officer, { examId: exam.examId, stage: 'written', heldOn: '2027-04-10', cost: 1_500_000 });
    expect(view).toMatchObject({
      subjectId: exam.examId,
      stage: 'written',
      venues: 2,
      candidates: 2,
      cost: '1500000',
      budgetLineCode: 'EXAM-2027',
    });
    expect(await eventsAbout(db, view.id)).toEqual([
      {
        type: 'examination.sitting.held',
        payload: expect.objectContaining({ sittingId: view.id, examId: exam.examId, cost: '1500000', budgetLineCode: 'EXAM-2027' }),
      },
    ]);
  });

  it('holds a stage once', async () => {
    const { officer, exam } = await seatedExam();
    await useCase.execute(officer, { examId: exam.examId, stage: 'written', heldOn: '2027-04-10', cost: 1 });
    const refused = await refusal(
      useCase.execute(officer, { examId: exam.examId, stage: 'written', heldOn: '2027-04-11', cost: 2, budgetLineCode: 'OTHER' }),
    );
    expect(refused).toMatchObject({ status: 409, code: 'EXAM_SITTING.ALREADY_RECORDED', body: { params: { stage: 'written' } } });
  });

  it('needs the candidates seated, or their interviews scheduled', async () => {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId);
    await seedApplication(db, officer.tenantId, exam);
    expect(await refusal(useCase.execute(officer, { examId: exam.examId, stage: 'written', heldOn: '2027-04-10', cost: 1 }))).toMatchObject(
      {
        status: 409,
        code: 'EXAM_SITTING.NOT_SEATED',
      },
    );
    expect(
      await refusal(useCase.execute(officer, { examId: exam.examId, stage: 'interview', heldOn: '2027-05-10', cost: 1 })),
    ).toMatchObject({
      status: 409,
      code: 'EXAM_SITTING.NOT_SCHEDULED',
    });
  });
});
