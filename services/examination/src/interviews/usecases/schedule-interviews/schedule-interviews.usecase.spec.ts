import { randomUUID } from 'node:crypto';
import { eventsAbout, newOfficer, openSpecDatabase, seedApplication, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ExamQueries } from '../../../exams/exam-queries';
import { InterviewQueries } from '../../interview-queries';
import { ScheduleInterviewsUseCase } from './schedule-interviews.usecase';

describe('ScheduleInterviewsUseCase', () => {
  let db: SpecDatabase;
  let useCase: ScheduleInterviewsUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new ScheduleInterviewsUseCase(
      db.dataSource,
      new ExamQueries(db.dataSource),
      new InterviewQueries(db.dataSource),
      db.publisher,
    );
  });
  afterAll(() => db.close());

  /** An exam whose two candidates passed the stage before the interview, and a pool of three interviewers. */
  async function given(kind: 'open' | 'career') {
    const officer = newOfficer();
    const exam = await seedExam(db, officer.tenantId, { kind });
    const stage = kind === 'open' ? 'written_result' : 'document_screening';
    const ids = [await seedApplication(db, officer.tenantId, exam), await seedApplication(db, officer.tenantId, exam)];
    await db.rows(`UPDATE examination.application SET ${stage} = 'pass' WHERE id = ANY($1::uuid[])`, [ids]);
    for (let i = 0; i < 3; i++)
      await db.rows(
        `INSERT INTO examination.interviewer (id, tenant_id, name_ko, affiliation, expertise, external, active)
         VALUES ($1, $2, '면접위원', '기관', '행정', false, true)`,
        [randomUUID(), officer.tenantId],
      );
    return { officer, exam, ids };
  }

  const slots = async (examId: string) =>
    (await eventsAbout(db, examId)).filter((e) => e.type === 'examination.application.interview-scheduled').map((e) => e.payload);
  const plan = { startsOn: '2027-05-17', times: ['09:00'], panels: 1, perSession: 5 };

  it('tells each career candidate their slot at once, and a redone schedule only those whose slot moved', async () => {
    const { officer, exam, ids } = await given('career');
    await useCase.execute(officer, exam.examId, plan);
    const told = await slots(exam.examId);
    expect(told.map((t) => t.applicationId).sort()).toEqual([...ids].sort());
    expect(told[0]).toMatchObject({
      examId: exam.examId,
      heldOn: '2027-05-17',
      startsAt: '09:00',
      room: '면접실 1',
      jobSeriesKo: '일반행정',
    });
    expect(JSON.stringify(told)).not.toMatch(/홍길동|1995-05-05|010-0000/);

    await useCase.execute(officer, exam.examId, plan);
    expect(await slots(exam.examId)).toHaveLength(2);
    await useCase.execute(officer, exam.examId, { ...plan, times: ['14:00'] });
    expect((await slots(exam.examId)).slice(2).map((t) => t.startsAt)).toEqual(['14:00', '14:00']);
  });

  it('tells an open exam candidate nothing before the written results are published (a slot would tell they passed)', async () => {
    const { officer, exam } = await given('open');
    await useCase.execute(officer, exam.examId, plan);
    expect(await slots(exam.examId)).toEqual([]);
  });
});
