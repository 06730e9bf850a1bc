import { AuthUser } from '@baeum/service-kit';
import { randomUUID } from 'node:crypto';
import { eventsAbout, openSpecDatabase, refusal, seedExam, SpecDatabase } from '../../../../test/spec-database';
import { ApplicationQueries } from '../../application-queries';
import { SubmitApplicationUseCase } from './submit-application.usecase';

describe('SubmitApplicationUseCase', () => {
  let db: SpecDatabase;
  let useCase: SubmitApplicationUseCase;

  beforeAll(async () => {
    db = await openSpecDatabase();
    useCase = new SubmitApplicationUseCase(db.publisher, new ApplicationQueries(db.dataSource));
  });
  afterAll(() => db.close());

  const applicant = (): AuthUser => ({ userId: randomUUID(), tenantId: randomUUID(), role: 'applicant', agencyCode: null, name: '홍길동' });
  const submission = (exam: { examId: string; positionId: string }) => ({
    ...exam,
    idempotencyKey: `key-${randomUUID()}`,
    nameKo: ' 홍길동 ',
    birthDate: '1995-05-05',
    phone: '010-1234-5678',
  });

  it('stores an application awaiting its fee, and its submitted event alone', async () => {
    const user = applicant();
    const exam = await seedExam(db, user.tenantId, { open: true, fee: 5000 });
    const view = await useCase.execute(user, submission(exam));
    expect(view).toMatchObject({ status: 'pending_payment', nameKo: '홍길동' });
    const events = await eventsAbout(db, view.id);
    expect(events.map((e) => [e.type, e.payload.applicationId])).toEqual([['examination.application.submitted', view.id]]);
    // Whom the notification service tells: the applicant's account, not their data.
    expect(events[0].payload).toMatchObject({ applicantUserId: user.userId, examId: exam.examId });
    expect(events[0].payload).not.toHaveProperty('nameKo');
  });

  it('completes an application to an exam without a fee, its fee-paid event after the submitted one', async () => {
    const user = applicant();
    const exam = await seedExam(db, user.tenantId, { open: true, fee: 0 });
    const view = await useCase.execute(user, submission(exam));
    expect(view.status).toBe('paid');
    const events = await eventsAbout(db, view.id);
    expect(events.map((e) => e.type)).toEqual(['examination.application.submitted', 'examination.fee.paid']);
    expect(events[1].payload).toMatchObject({ applicationId: view.id, amount: '0', paymentRef: 'no-fee', applicantUserId: user.userId });
  });

  it('answers a retried submission with the application it made, writing nothing again', async () => {
    const user = applicant();
    const exam = await seedExam(db, user.tenantId, { open: true, fee: 0 });
    const dto = submission(exam);
    const first = await useCase.execute(user, dto);
    const again = await useCase.execute(user, dto);
    expect(again.id).toBe(first.id);
    expect(await eventsAbout(db, first.id)).toHaveLength(2);
    const [{ count }] = await db.rows<{ count: number }>(`SELECT count(*)::int AS count FROM examination.application WHERE exam_id = $1`, [
      exam.examId,
    ]);
    expect(count).toBe(1);
  });

  it('refuses a second application to the same exam under another key', async () => {
    const user = applicant();
    const exam = await seedExam(db, user.tenantId, { open: true });
    await useCase.execute(user, submission(exam));
    expect(await refusal(useCase.execute(user, submission(exam)))).toMatchObject({ status: 409, code: 'EXAM_APPLICATION.ALREADY_APPLIED' });
  });

  it('refuses after the window closes', async () => {
    const user = applicant();
    const exam = await seedExam(db, user.tenantId);
    expect(await refusal(useCase.execute(user, submission(exam)))).toMatchObject({ status: 409, code: 'EXAM_APPLICATION.WINDOW_CLOSED' });
  });
});
